article-kz-status-while-processing =
    .title = While your card or passport is being processed
    .summary = Keep the tear-off receipt and copies of everything you hand in, and ask for a paper if an office keeps your passport. We found no clear rule on working during this time.
    .keywords = waiting for card, pending application, application in process, work while waiting, digital residence card, eGov Mobile, card not ready, processing time, delayed card, proof of application, 17 working days, waiting for papers, no passport while waiting, card is late, talon, under process
    .unverified = Not confirmed: whether the tear-off receipt or any other paper proves your right to stay and work while a new card is made; whether an office may keep your passport during this time; and the current official list of foreigners who need no work permit. That permanent residents need no work permit is said by law firms and suggested by a government guide, but we did not read the official text.
    .body =
        ## What you get when you apply
        For a residence card you hand in the receipt for the state fee, 2 photos and your valid passport. You get a **tear-off receipt**. The card is made in up to **7 working days** (fast service) or **17 working days** (standard).

        Keep the tear-off receipt with you. It shows the date you applied and that the office has your papers. We found no rule that says it replaces the card.

        ## Your passport
        For permanent residence and the temporary residence permit, the official lists ask for "a copy and the original (for verification)" of your passport. The list for the card itself just says "a valid passport". No text we read says whether the original is given back at once, or may be kept while the card is made. If an office keeps your passport, ask for a written record: see [when someone keeps your passport](article:kz-passport-confiscation).

        ## Your digital residence card
        Since April 2023, the eGov Mobile app can show a digital residence card. A news report says it can be used like the paper card. We have not confirmed what it shows while a new card is being made.

        ## Work
        - The government guide says that a foreigner who wants to live and work in Kazakhstan needs a residence permit.
        - A law firm's summary of the 2012 rules lists people who live permanently in Kazakhstan among those who need no work permit. A law firm today also names the residence permit as a way to work.
        - We did not read the current official list. We found no rule that stops a permanent resident from working while the card is renewed, and none that protects this.

        In the real story, a man from Mali could not work while his renewal was held up, and his passport was at the migration office.

        > [!TIP]
        > Ask in writing. A written request leaves a trace. A spoken answer does not.

        ## What to do now
        1. Before you hand anything in, photograph your passport (every page), your old card and the fee receipt. Save them in the app's vault.
        2. Keep the tear-off receipt and copies of your papers with you.
        3. If you need proof for an employer or the police, hand in a [written appeal](article:kz-written-appeal) to the migration office. Ask for a paper that says when you applied, what is being made, and where your passport is. Keep the slip.
        4. Write down the day your card should be ready. If it is late, ask in writing why.
        5. If you are told you may not work, ask which law says so, and get [legal help](article:kz-legal-aid).
        6. If your renewal is held up because of an old fine, see [a lost receipt](article:kz-lost-receipt).
