article-kz-residence-card-renewal =
    .title = Renewing your residence card
    .summary = To renew your residence card, bring the papers the rules list, show your original passport only for checking, and keep every receipt.
    .unverified = How long the card is valid (up to 10 years, not beyond your passport) and the advice to apply at least one month before it ends come from a law firm, not an official source. The official lead time, and whether an office may keep your passport while your card is made, are not confirmed.
    .body =
        ## What the rules ask for
        For the residence card, the official service lists:
        - the receipt for the state fee;
        - 2 photos;
        - your valid passport.

        When you hand them in, you get a **tear-off receipt**. The card is ready in **7 working days** (fast service) or **17 working days** (standard).

        ## Your passport
        The rules for permanent residence say the original passport is shown "for verification", and only a copy is filed. It is not confirmed whether an office may keep your passport while your card is made. If they keep it, ask for a paper that says so.

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
