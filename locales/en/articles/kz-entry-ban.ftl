article-kz-entry-ban =
    .title = Entry ban: 5 years after forced expulsion
    .summary = If you are expelled by force, you may not enter Kazakhstan for 5 years. An unpaid fine can count against you in an expulsion case.
    .body =
        ## The rule
        Expulsion is one of the penalties in the Code of Administrative Offences. The Law on the Legal Status of Foreigners (Art. 28) sets out the grounds for expulsion.

        A **forced expulsion** brings an **entry ban** of **5 years**. For 5 years you may not enter Kazakhstan (Government Decree No. 175 of 6 April 2017).

        ## Unpaid fines count against you
        In a 2020 case, the Supreme Court upheld an expulsion partly because a fine had not been paid. A small fine you forgot can become a big problem.

        > [!WARNING]
        > Pay every fine through official channels and keep every receipt, for years. See [proof of payment](article:kz-proof-of-payment).

        ## Your rights in an expulsion case
        Under Article 744 of the Code of Administrative Offences you may:

        - read the case file and make copies;
        - give explanations and present evidence;
        - have a defender;
        - use your native language and an interpreter **free of charge**;
        - complain about the decision.

        The Supreme Court has given courts guidance on expulsion cases (Normative Resolution No. 4 of 13 December 2013).

        ## What to do now
        1. Pay your fines on time. If you cannot pay at once, ask to [postpone the fine or pay it in instalments](article:kz-fine-instalments).
        2. Keep all receipts, protocols and decisions. Save photos of them in the app's vault.
        3. Do not stay longer than allowed: see [overstaying](article:kz-overstay).
        4. If you face expulsion, ask at once for a defender and an interpreter, and ask for legal help: see [legal aid](article:kz-legal-aid).
        5. If you disagree with a decision, act fast: the time to appeal is short. See [appealing a fine](article:kz-appeal-fine).
        6. If you are detained, ask that your consulate be told: see [your rights if you are detained](article:kz-detention-rights).

        See also [expulsion](article:kz-expulsion).
