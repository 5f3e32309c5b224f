article-kz-written-appeal =
    .title = Filing a written appeal: always get your slip
    .summary = When you hand in a written appeal in person, you receive a slip with the date, the time and the name of the official who took it, and no one may refuse to accept it.
    .body =
        ## Your rights when you hand in an appeal
        Foreigners may turn to courts and state bodies with the same procedural rights as citizens (Law on the Legal Status of Foreigners, Art. 18).

        When you file a written appeal in person:

        - you receive a **slip** with the date, the time and the name of the official who accepted it;
        - refusing to accept an appeal is **prohibited**.

        > [!TIP]
        > Bring two copies. Hand in one. Keep the other together with the slip. The slip is your proof that you filed, and when.

        ## Complaining to the prosecutor's office
        - You may write in **any language**, including your native language.
        - The Administrative Procedural Code says what a complaint must contain (Art. 93) and sets the deadlines (Art. 92).
        - A complaint against an administrative act can be filed within **3 months**. If you miss this deadline, you can ask for it to be restored (Art. 91).

        > [!WARNING]
        > A decision imposing a fine has a much shorter deadline. Read [appealing a fine](article:kz-appeal-fine) at once.

        ## What to do now
        1. Write clearly: who you are, what happened, when, and what you ask for.
        2. Sign and date your appeal.
        3. Hand it in and ask for the slip. Check the date, the time and the name on it.
        4. If someone refuses to take your appeal, write down their name, the place and the time. Refusal is prohibited, and you can complain about it.
        5. If an official asks you for a bribe, call **1424**: see [bribes and the 1424 line](article:kz-bribes-1424).

        See also your rights when [a protocol is drawn up](article:kz-protocol-rights).
