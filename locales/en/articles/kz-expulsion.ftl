article-kz-expulsion =
    .title = Expulsion: the risks and how to protect yourself
    .summary = Expulsion is a penalty for foreigners. It may bring an entry ban of up to 5 years, and an unpaid fine can count against you.
    .keywords = deportation, deported, deport, kicked out, expelled, expel, removal, forced removal, sent home, sent back, deportation case, grounds for expulsion, expulsion, vydvorenie, ordered to leave, forced to leave the country, will I be deported, send me home
    .unverified = Not confirmed: whether an entry ban follows an expulsion for an administrative offence, and for how long. Government Decree No. 175 of 6 April 2017 gave a 5-year ban when a criminal court's verdict ordered the expulsion; its text as amended in 2020 and 2021 was not read on this point. The number and date of the Supreme Court ruling in the 2020 case were not found.
    .body =
        ## What the law says
        - Expulsion is one of the penalties in the Code of Administrative Offences, together with a warning, a fine and administrative arrest.
        - The Law on the Legal Status of Foreigners (Art. 28) sets out the grounds for expulsion.
        - The Supreme Court has given courts guidance on expulsion cases (Normative Resolution No. 4 of 13 December 2013).
        - Expulsion may bring an **entry ban of up to 5 years**. Government Decree No. 175 of 6 April 2017 gave a 5-year ban for expulsion ordered by a criminal court's verdict. That the same ban follows every expulsion for an administrative offence is not confirmed. See [entry ban](article:kz-entry-ban).

        ## Unpaid fines count against you
        In a case from 2020, a district court in Karaganda ordered the expulsion of a foreigner, partly because a fine had not been paid. The Supreme Court later upheld the decision.

        One long-term resident said he paid a fine, but the migration police later said they had no record of it.

        > [!WARNING]
        > Pay every fine and keep **every receipt**. If officials say there is no record of your payment, the receipt is your proof.

        ## Your rights in the case
        Under Article 744 of the Code of Administrative Offences you may:

        - read the case file and make copies;
        - give explanations and present evidence;
        - have a defender;
        - if you do not know the language of the proceedings well enough, use your native language and an interpreter **free of charge** (Art. 738 and 744);
        - complain about the decision.

        If you are detained, you can ask for your consulate to be told: see [consular rights](article:kz-consular-rights).

        ## What to do now
        1. Keep all receipts, protocols and decisions in a safe place. Make copies.
        2. If you disagree with a decision, do not wait: read [appealing a fine](article:kz-appeal-fine).
        3. Ask for legal help, for example from the Kazakhstan International Bureau for Human Rights and Rule of Law.

        See also [paying fines](article:kz-paying-fines) and your rights when [a protocol is drawn up](article:kz-protocol-rights).
