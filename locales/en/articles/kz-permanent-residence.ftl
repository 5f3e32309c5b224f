article-kz-permanent-residence =
    .title = Permanent residence: the permit and the card
    .summary = Permanent residence takes two steps: first the permit for permanent residence, then the residence card.
    .keywords = permanent residency, PR, PMZh, vid na zhitelstvo, VNZh, immigrate, live permanently, settle in Kazakhstan, criminal record certificate, autobiography, housing consent, notary, emigration consent, green card, PR card, long-term residence, permanent stay, stay forever
    .unverified = The official lists ask for a copy of the passport and the original "for verification". No text we read says that the original is returned at once, or whether an office may keep it while your application is processed.
    .body =
        ## Two steps
        1. **The permit for permanent residence** (разрешение на ПМЖ).
        2. **The residence card** (вид на жительство иностранца). It is issued from age 16.

        While your application is being considered, you may stay with a visa or a temporary permit of up to 90 days (Migration Law, Art. 7).

        ## Papers for the permit
        The documents include:
        - a passport valid for more than 180 days;
        - the consent of your home country to your emigration;
        - an autobiography (the story of your life);
        - proof that you can support yourself;
        - a certificate about criminal records;
        - consent for your housing. Since February 2023, the owner of the housing comes in person or gives a consent signed at a notary.

        > [!NOTE]
        > The official lists ask for a copy of your passport and the original "for verification". They do not say whether the original is given back at once. Ask them to check it, file the copy and give it back. If they keep it, ask for the legal act and a written record. Show the officer card "Please check my original passport and return it".

        ## Papers for the card
        - the receipt for the state fee;
        - 2 photos;
        - your valid passport.

        When you hand in the papers, you get a **tear-off receipt**. The card is ready in **7 working days** (fast service) or **17 working days** (standard).

        ## What to do now
        - Make copies of every paper before you hand it in.
        - Keep every receipt, and keep the tear-off receipt until you have your card.
        - If an official asks for a paper that is not on these lists, see [which papers the law requires](article:kz-required-documents).
        - After you move, register your address: see [registering your address](article:kz-address-registration).
        - Before your card ends, read [renewing your residence card](article:kz-residence-card-renewal).
