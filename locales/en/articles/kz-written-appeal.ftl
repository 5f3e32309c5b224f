article-kz-written-appeal =
    .title = Filing a written appeal: always get your slip
    .summary = When you hand in a written appeal to a state body, no one may refuse to accept it, and you get a slip with its number, the date, the time and the name of the person who took it (Administrative Procedural Code, Art. 64). Watch the deadlines: 10 days to appeal a fine, 3 months for a complaint against another decision.
    .keywords = written complaint, application, petition, official letter, submit complaint, acknowledgement receipt, proof of filing, registration number, refused to accept, complaint deadline, appeal, stamped copy, incoming number, how to write a complaint, e-Otinish, obrashchenie, they refused my letter
    .body =
        ## Your rights when you hand in an appeal
        Foreigners may turn to courts and state bodies with the same procedural rights as citizens (Law on the Legal Status of Foreigners, Art. 18).

        Under the Administrative Procedural Code (Art. 64):

        - refusing to accept an appeal is **prohibited**;
        - when you file an appeal with a state body, a local self-government body or a state legal entity, you receive a **slip**. It shows a unique number, the date and the time, and the surname, initials and position of the person who accepted it.

        > [!TIP]
        > Bring two copies. Hand in one. Keep the other together with the slip. The slip is your proof that you filed, and when.

        ## Deadlines, shortest first
        - A decision that imposes a **fine**: appeal within **10 days** of receiving a copy. Read [appealing a fine](article:kz-appeal-fine) at once.
        - Another decision of an office (an administrative act): a complaint within **3 months** of learning of it. You hand it in to the office whose decision it is, and the higher body decides it. A deadline missed for a good reason can be restored on request (Art. 91–92).
        - The prosecutor's office is a separate route. You may write to it in **any language**, including your native language. It may take up your complaint in some situations. See [complaining to the prosecutor's office](article:kz-prosecutor-complaint).

        ## What to do now
        1. Write clearly: who you are, what happened, when, and what you ask for.
        2. Sign and date your appeal.
        3. Hand it in and ask for the slip. Check the number, the date, the time and the name on it.
        4. If someone refuses to take your appeal, write down their name, the place and the time. Refusal is prohibited (Art. 64), and you can complain about it.
        5. If an official asks you for a bribe, call **1424**: see [bribes and the 1424 line](article:kz-bribes-1424).

        See also your rights when [a protocol is drawn up](article:kz-protocol-rights).
