article-kz-required-documents =
    .title = Which papers the law requires
    .summary = Know which papers the rules list, and if an official asks for more, ask which law requires it and put your request in writing.
    .body =
        ## What the rules list
        For permanent residence (see [permanent residence](article:kz-permanent-residence)):
        - **The permit**: a passport valid for more than 180 days, the consent of your home country to your emigration, an autobiography, proof that you can support yourself, a certificate about criminal records, and the consent of the housing owner (in person or signed at a notary).
        - **The residence card**: the receipt for the state fee, 2 photos and your valid passport.

        Your original passport is shown "for verification". Only a copy goes into your file.

        ## When they ask for "one more paper"
        Migrants have reported that officials ask for one more document at each visit, even when the law does not require it. As a foreigner, you are equal before the law. You have the same rights as citizens when you deal with state bodies and courts (Law on the Legal Status of Foreigners, Art. 3 and 18).

        ## What to do now
        1. Ask calmly: "Which law requires this document?" Write down the answer and the official's name.
        2. If there is no clear answer, make a **written appeal** to the office.
        3. Hand it in in person. You get a slip with the date, the time and the name of the official who accepted it. An office may not refuse to accept your appeal.
        4. Keep a copy of your appeal and the slip.
        5. You may complain to the prosecutor's office in any language, including your own. A complaint against a decision of an office is filed within 3 months.
        6. If someone asks you for money, call **1424**, the free anti-corruption line (day and night).

        > [!TIP]
        > A written appeal leaves a trace. A spoken request does not.

        See also [how to write an appeal](article:kz-written-appeal) and [bribes and the 1424 line](article:kz-bribes-1424).
