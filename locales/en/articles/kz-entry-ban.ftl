article-kz-entry-ban =
    .title = Entry ban after expulsion: up to 5 years
    .summary = After an expulsion you may be banned from entering Kazakhstan, for up to 5 years. That a 5-year ban follows every expulsion for an administrative offence is not confirmed. An unpaid fine can count against you in an expulsion case.
    .keywords = re-entry ban, banned from Kazakhstan, blacklist, blacklisted, denied entry, not allowed back, come back after deportation, deported, deportation, five year ban, Decree 175, can I come back, refused at the border, lift the ban, how long is the ban, zapret na vezd, stopped at airport, return after expulsion
    .unverified = Not confirmed: whether an entry ban follows an expulsion for an administrative offence, and for how long. Government Decree No. 175 of 6 April 2017 gave a 5-year ban when a criminal court's verdict ordered the expulsion; its text as amended in 2020 and 2021 was not read on this point. The number and date of the Supreme Court ruling in the 2020 case were not found.
    .body =
        ## The rule
        Expulsion is one of the penalties in the Code of Administrative Offences. The Law on the Legal Status of Foreigners (Art. 28) sets out the grounds for expulsion.

        After an expulsion you may get an **entry ban**: for a time you may not enter Kazakhstan. A ban of up to **5 years** is possible.

        - Government Decree No. 175 of 6 April 2017 sets rules for forced expulsion. Its first text was about expulsion ordered by a **criminal court's verdict**, and gave a **5-year** entry ban.
        - Since 2020 and 2021 the decree also refers to the Law on the Legal Status of Foreigners and the Migration Law. We have not read what its current text says about the ban.
        - So it is **not confirmed** that a 5-year ban follows every expulsion for an administrative offence. Treat any expulsion as a risk of a long ban.

        ## Unpaid fines count against you
        In a case from 2020, a district court in Karaganda ordered the expulsion of a foreigner, partly because a fine had not been paid. The Supreme Court later upheld the decision. A small fine you forgot can become a big problem.

        > [!WARNING]
        > Pay every fine through official channels and keep every receipt, for years. See [proof of payment](article:kz-proof-of-payment).

        ## Your rights in an expulsion case
        Under Article 744 of the Code of Administrative Offences you may:

        - read the case file and make copies;
        - give explanations and present evidence;
        - have a defender;
        - if you do not know the language of the proceedings well enough, use your native language and an interpreter **free of charge** (Art. 738 and 744);
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
