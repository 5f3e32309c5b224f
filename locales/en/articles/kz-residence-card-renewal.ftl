article-kz-residence-card-renewal =
    .title = Renewing your residence card
    .summary = To renew your residence card, bring the papers the rules list, show your original passport only for checking, and keep every receipt.
    .keywords = renewal, extend residence card, expired card, card expiring, vid na zhitelstvo, VNZh, new card, state fee, passport photos, fast service, when to renew, residence permit card, renew PR card, card about to expire, 10-year card, extend residence permit, residence card fee
    .unverified = How long the card is valid (up to 10 years, not beyond your passport) and the advice to apply at least one month before it ends come from a law firm, not an official source. The official lead time is not confirmed. The official lists ask for a copy of the passport and the original "for verification"; no text we read says whether the original is returned at once or may be kept while your card is made.
    .body =
        ## What the rules ask for
        For the residence card, the official service lists:
        - the receipt for the state fee;
        - 2 photos;
        - your valid passport.

        When you hand them in, you get a **tear-off receipt**. The card is ready in **7 working days** (fast service) or **17 working days** (standard).

        ## Your passport
        For permanent residence, the official lists ask for a copy of the passport and the original "for verification". No text we read says whether the original is given back at once, or whether an office may keep it while your card is made. Ask them to check it, file the copy and give it back: show the officer card "Please check my original passport and return it". If they keep it, ask for the legal act and a written record with the official's name and position, the date, and when you get it back.

        ## When to apply
        One law firm says the card is valid for up to 10 years, but not longer than your passport. It advises to apply at least one month before the card ends. This is not official, but applying early is safer.

        ## A warning from a real case
        A permanent resident's renewal was held up until he paid again a fine he said he had already paid. While he waited, he could not work, and his passport was at the migration office.

        > [!WARNING]
        > Keep every receipt for fees and fines, for years. A receipt is your proof.

        ## What to do now
        1. Check when your card and your passport end. Set a reminder well before.
        2. Bring the receipt for the state fee, 2 photos and your passport. Make copies first.
        3. Keep the tear-off receipt until you get your new card.
        4. If you are asked for other papers, see [which papers the law requires](article:kz-required-documents).
        5. If someone asks you for money without an official receipt, call **1424** (free, day and night). See [bribes and the 1424 line](article:kz-bribes-1424).

        Read also [permanent residence](article:kz-permanent-residence) and [paying fines](article:kz-paying-fines).
