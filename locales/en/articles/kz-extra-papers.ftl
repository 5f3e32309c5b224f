article-kz-extra-papers =
    .title = When an official asks for a paper the law does not require
    .summary = If an official asks for a document the rules do not list, ask which legal act requires it, put your request in writing, keep the slip, and complain if you need to.
    .keywords = extra documents, more documents, one more paper, unnecessary papers, not required by law, legal basis, which law requires, red tape, bureaucracy, runaround, unlawful demand, official demands, keep asking for papers, new paper every visit, endless paperwork, bureaucrat, come back tomorrow
    .body =
        ## It happens
        Migrants in Kazakhstan have reported that officials ask for one more document at each visit, "even though it isn't legally required". Some have also reported demands for bribes.

        ## Your rights
        - As a foreigner, you are **equal before the law** (Law on the Legal Status of Foreigners, Art. 3).
        - You may go to state bodies and courts with the **same procedural rights** as citizens (Art. 18).
        - When you hand in a written appeal to a state body, a local self-government body or a state legal entity, you get a **slip**. Refusing to accept an appeal is **prohibited** (Administrative Procedural Code, Art. 64).

        To see what the rules list for permanent residence and the residence card, read [which papers the law requires](article:kz-required-documents).

        ## What to do now
        1. Stay calm and polite. Ask: "Which legal act requires this paper? Which article?" Show the officer card "Which legal act requires this paper?".
        2. Ask the official to write the request down. Write down their name, the office, the date and the time.
        3. If you think the paper is not required, hand in a **written appeal**. Say which paper was asked for, and ask the office to name the legal act.
        4. Get the slip with its unique number, the date, the time, and the name and position of the person who accepted your appeal. Keep it with a copy of your appeal. See [filing a written appeal](article:kz-written-appeal).
        5. If the office decides against you, act in time: a decision imposing a fine can be appealed only within **10 days** of receiving a copy; against another decision, a complaint goes to that office within **3 months**. You may also write to the prosecutor's office, in any language: see [complaining to the prosecutor's office](article:kz-prosecutor-complaint).
        6. If someone asks you for money, do not pay. Call **1424**, the free anti-corruption line, day and night.

        > [!TIP]
        > A spoken request leaves no trace. A written one does. Save photos of every paper in the app's vault.

        See also [bribes and the 1424 line](article:kz-bribes-1424).
