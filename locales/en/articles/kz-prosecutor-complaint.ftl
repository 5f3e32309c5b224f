article-kz-prosecutor-complaint =
    .title = Complaining to the prosecutor's office
    .summary = You may complain to the prosecutor's office in any language, including your native language. A complaint against an administrative act can be filed within 3 months.
    .body =
        ## Write in your own language
        You may write a complaint to the prosecutor's office in **any language**, including your native language.

        ## The rules for complaints
        The Administrative Procedural Code sets the rules:

        - Article 93 says what a complaint must contain.
        - Article 92 sets the deadlines.
        - A complaint against an **administrative act** (a decision of a state body about you) can be filed within **3 months**. If you miss this deadline, you can ask for it to be restored (Art. 91).

        > [!WARNING]
        > A decision that imposes a fine has a much shorter deadline: 10 days from the day you receive a copy. Read [appealing a fine](article:kz-appeal-fine) at once.

        ## What to write
        - who you are and how to reach you;
        - what happened, where and when;
        - which office or official was involved, with names if you know them;
        - what you ask for;
        - the date and your signature.

        ## What to do now
        1. Write your complaint. Add copies of your papers, not the originals.
        2. Make two copies. Hand in one, and keep the other.
        3. When you hand it in in person, ask for the slip with the date, the time and the name of the official who accepted it. Show the officer card "The slip for my appeal". See [filing a written appeal](article:kz-written-appeal).
        4. Keep the slip and your copy together. Save photos of them in the app's vault.
        5. If an official asked you for money, also call **1424**, the free anti-corruption line.
        6. If you need help to write the complaint, see [legal aid](article:kz-legal-aid).
