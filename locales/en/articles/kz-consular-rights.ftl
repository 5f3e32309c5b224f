article-kz-consular-rights =
    .title = Your consulate: the right to have it told
    .summary = If you are detained, you can ask the authorities to tell your consulate without delay.
    .keywords = embassy, call my embassy, inform my consulate, consul, consular help, consular notification, diplomatic mission, detained foreigner, consulate, contact my embassy, ambassador, one phone call, not allowed to call, embassy not informed, high commission, consular officer
    .body =
        ## What the law says
        The Vienna Convention on Consular Relations (Art. 36(1)(b)–(c)) gives a detained foreigner these rights:

        - If you **ask**, the authorities must tell your consulate _without delay_.
        - Letters you write to your consulate must be passed on.
        - Consuls may visit you.

        Kazakhstan's own rules on telling consulates (Joint Order of the Prosecutor General (No. 87 of 3 September 2014) and the Ministry of Foreign Affairs) cover **criminal** detentions.

        > [!NOTE]
        > The consulate is told when you ask for it. Say clearly that you want your consulate informed.

        ## Other rights when you are detained
        - You must be told the reasons for your detention at once (Code of Administrative Offences, Art. 14).
        - Torture and degrading treatment are banned (Art. 14).
        - In a case about an administrative offence, if you do not know the language of the proceedings well enough, you may use your native language and an interpreter **free of charge** (Art. 744 and 738).

        ## What to do now
        1. Write down your consulate's contact details and keep them with your documents.
        2. If you are detained, stay calm and do not resist.
        3. Ask to see the officer's ID.
        4. Say: "I want my consulate to be informed." Ask again if nothing happens.
        5. Ask for an interpreter if you do not understand.
        6. Write down the names of the officers, the place and the time.

        See also your rights when [a protocol is drawn up](article:kz-protocol-rights) and during [police checks](article:kz-police-checks). To complain afterwards, read how to [file a written appeal](article:kz-written-appeal).
