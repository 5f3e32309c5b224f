article-kz-required-documents =
    .title = Which papers the law requires
    .summary = Know which papers the rules list, and if an official asks for more, ask which law requires it and put your request in writing.
    .keywords = document list, document checklist, required documents, paperwork, what to bring, official list, papers for residence permit, original passport, verification, what documents needed, legal act, what papers do I need, list of papers, documents for PR, requirements, application documents
    .unverified = The official lists ask for a copy of the passport and the original "for verification". No text we read says that the original is returned at once, or whether an office may keep it while your application is processed.
    .body =
        ## What the rules list
        For permanent residence (see [permanent residence](article:kz-permanent-residence)):
        - **The permit**: a passport valid for more than 180 days, the consent of your home country to your emigration, an autobiography, proof that you can support yourself, a certificate about criminal records, and the consent of the housing owner (in person or signed at a notary).
        - **The residence card**: the receipt for the state fee, 2 photos and your valid passport.

        For the permit, the official lists ask for a copy of your passport and the original "for verification". They do not say whether the original is given back at once. Ask them to check it, file the copy and give the original back. If they keep it, ask for the legal act and a written record: see [when someone keeps your passport](article:kz-passport-confiscation).

        ## When they ask for "one more paper"
        Migrants have reported that officials ask for one more document at each visit, even when the law does not require it. As a foreigner, you are equal before the law. You have the same rights as citizens when you deal with state bodies and courts (Law on the Legal Status of Foreigners, Art. 3 and 18).

        ## What to do now
        1. Ask calmly: "Which law requires this document?" Write down the answer and the official's name.
        2. If there is no clear answer, make a **written appeal** to the office.
        3. Hand it in in person. You get a slip with a unique number, the date, the time, and the name and position of the person who accepted it. An office may not refuse to accept your appeal (Administrative Procedural Code, Art. 64).
        4. Keep a copy of your appeal and the slip.
        5. Deadlines, shortest first: a decision that imposes a fine can be appealed only within **10 days** of receiving a copy. A complaint against another decision of an office is handed in to that office within **3 months** of learning of it (Administrative Procedural Code, Art. 91–92). The prosecutor's office is a separate route: you may write to it in any language, including your own. See [complaining to the prosecutor's office](article:kz-prosecutor-complaint).
        6. If someone asks you for money, call **1424**, the free anti-corruption line (day and night).

        > [!TIP]
        > A written appeal leaves a trace. A spoken request does not.

        See also [how to write an appeal](article:kz-written-appeal) and [bribes and the 1424 line](article:kz-bribes-1424).
