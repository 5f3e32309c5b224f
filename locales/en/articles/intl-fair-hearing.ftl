article-intl-fair-hearing =
    .title = A fair hearing: your rights before a court
    .summary = The ICCPR says that everyone is equal before the courts, is presumed innocent until proved guilty, and must have time to prepare a defence.
    .keywords = fair trial, due process, presumption of innocence, innocent until proven guilty, right to a lawyer, defense, free lawyer, impartial judge, public hearing, witnesses, case file, trial, court, unfair trial, biased judge, corrupt judge, forced confession, right to remain silent, tried without a lawyer, equal before the judge
    .body =
        ## Article 14 of the Covenant
        Kazakhstan ratified the International Covenant on Civil and Political Rights (ICCPR) in 2005. Its Article 14 protects your right to a fair hearing.

        ## Equal before the courts: Art. 14(1)
        - All people are equal before courts and tribunals.
        - When a court decides on a criminal charge against you, or on your rights and duties in a lawsuit, you have the right to a fair and public hearing by a competent, independent and impartial court set up by law.

        ## Innocent until proved guilty: Art. 14(2)
        If you are charged with a criminal offence, you are presumed **innocent** until you are proved guilty according to law.

        ## Your defence: Art. 14(3)
        If you are charged with a criminal offence, you have these rights, among others:

        - to be told promptly, in a language you understand, what you are accused of;
        - to have **enough time and means to prepare your defence**, and to talk with a lawyer you choose;
        - to be tried without undue delay;
        - to defend yourself or to have a lawyer, free of charge if you cannot pay and justice requires it;
        - to question witnesses;
        - to have a free interpreter if you cannot understand or speak the language used in court;
        - not to be forced to speak against yourself or to confess.

        ## In Kazakhstan
        Foreigners may go to the courts with the same procedural rights as citizens (Law on the Legal Status of Foreigners, Art. 18). In a case about an administrative offence, you may read the case file, present evidence and have a defender, and if you do not know the language of the proceedings well enough, use a free interpreter (Code of Administrative Offences, Art. 744 and 738).

        > [!TIP]
        > Ask for a copy of the case file early. You need time to prepare.

        ## What to do now
        1. Read [your rights when a protocol is drawn up](article:kz-protocol-rights).
        2. Ask for copies of the protocol and the case file.
        3. Gather your evidence: receipts, slips, contracts, photos.
        4. Ask for a defender and an interpreter if you need them.
        5. Watch the deadlines: see [appealing a fine](article:kz-appeal-fine).
