article-kz-lost-documents =
    .title = Lost or stolen passport or residence card
    .summary = Report the loss to the police on the same day and get a paper that confirms it. Your consulate gives a new passport or a travel document. Apply for a new residence card within 10 days: one website reports a fine after that.
    .keywords = passport stolen, missing passport, robbed, pickpocket, spravka, police certificate, police report, emergency passport, return certificate, exit visa, replace residence card, replacement passport, lost ID, theft, FIR, laissez-passer, ETD, bag stolen, lost residence permit, wallet stolen
    .unverified = Not confirmed: whether an exit visa is needed to leave with a temporary travel document (read only in a police region's advice and a private agency's page); how many days count as reporting "late"; which article of the Code sets the two 10 MRP fines, which one website reports; the current fee, documents and time for replacing a lost residence card; and whether you need a new card when you get a new passport.
    .body =
        ## First, on the same day: the police
        - Go to the police where you are. Say what was lost or stolen, when and where.
        - Ask for a paper (справка) that confirms you reported the loss. Write down its date and number, and the officer's name.
        - Police in East Kazakhstan explained the steps for a foreigner who loses a passport: contact your own country without delay, report the loss to the police, and get a paper that confirms it.

        > [!WARNING]
        > One website reports a fine of **10 MRP** for telling the police too late about a lost passport or residence card. It also reports 10 MRP for living more than **10 days** without a valid residence card. Report on the same day, and apply for a new card within 10 days.

        ## Your passport: your consulate
        - A new passport, or a document to travel home (a return certificate or an emergency passport), comes from your country's embassy or consulate. The police paper is sent to them.
        - The police in East Kazakhstan and a private visa agency say that to leave Kazakhstan with such a temporary document, you need an exit visa from the migration service. Check this before you travel, and bring the police paper.
        - If you stay, ask the migration office in writing whether your residence card must be changed because of your new passport.

        ## Your residence card: a new one
        - Cards are made and replaced under rules of the Ministry of Internal Affairs (Order No. 532 of 30 June 2023, as amended). Under the new rules, foreigners must give fingerprints. A news report says the state fee can be paid at a bank or in a bank app.
        - For a card, the official list is: the receipt for the state fee, 2 photos and your valid passport. Bring the police paper too. If you lost your passport as well, ask in writing what to bring.
        - The fee was 0.2 MRP in 2022. A new Tax Code applies from 2026, so check the fee before you pay.
        - A card is made in up to 7 working days (fast) or 17 (standard). We have not confirmed this for a lost card.

        We found no confirmed fine for the loss itself.

        ## What to do now
        1. Today: report the loss to the police and get the paper.
        2. If your passport is gone, contact your consulate. See also [your consulate](article:kz-consular-rights).
        3. Within 10 days: apply for a new residence card, with the police paper, 2 photos and the fee receipt.
        4. Until you have new papers, carry the police paper and copies of your documents. Photos in the app's vault help: see [keep copies](article:intl-keep-copies).
        5. If someone asks you for money without a receipt, call **1424**. If you are fined, see [appealing a fine](article:kz-appeal-fine).
