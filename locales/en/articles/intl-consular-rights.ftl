article-intl-consular-rights =
    .title = Consular rights in international law
    .summary = Under the Vienna Convention on Consular Relations, if you are arrested or detained abroad, you can ask that your consulate be told without delay, write to it, and be visited by consuls.
    .keywords = embassy, consular access, consular notification, VCCR, Article 36, consul visit, letter to my consulate, jailed abroad, foreign prisoner, consulate, high commission, my country's embassy, arrested in a foreign country, embassy not informed, foreign national detained, consular officer, embassy visit in jail
    .body =
        ## The Vienna Convention
        The Vienna Convention on Consular Relations is an international treaty about consulates. Its Article 36 protects foreigners who are arrested or detained.

        ## Article 36(1)(b): telling your consulate
        - If you are arrested, held in prison or in custody, or detained in any other way, and you **ask** for it, the authorities must tell your consulate **without delay**.
        - Any letter you write to your consulate must be passed on without delay.
        - The authorities must tell you about these rights without delay.

        ## Article 36(1)(c): visits
        - Consuls may visit you, talk with you and write to you.
        - They may arrange a lawyer for you.
        - They must not act for you if you clearly say that you do not want it.

        > [!NOTE]
        > The consulate is told when you ask. Say it clearly: "I want my consulate to be informed."

        ## In Kazakhstan
        Kazakhstan's own rules on telling consulates (Joint Order of the Prosecutor General No. 87 of 3 September 2014 and the Ministry of Foreign Affairs) cover **criminal** detentions. Read [your consulate](article:kz-consular-rights) and [your rights if you are detained](article:kz-detention-rights).

        ## What to do now
        1. Save your consulate's contact details in your phone and on paper.
        2. If you are detained, ask at once that your consulate be informed. Show the officer card "Inform my consulate".
        3. If nothing happens, ask again. Write down when you asked, and whom.
        4. If you want to write to your consulate, ask the officers to pass on your letter.
