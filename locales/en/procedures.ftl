# Procedures: what the law asks you to do, and by when. Each procedure is one message:
# .title and .summary for the screen, .task for the reminder (it is shown on a lock screen, so it
# names no person and no number), .need-<item> for each required document, .no-need-<item> for each
# paper the law does not require.

procedure-kz-residence-card-renewal =
    .title = Renewing your residence card
    .summary = Apply for a new residence card before the old one ends. One law firm advises at least one month before; this is the deadline Huquq uses.
    .task = Renew your residence card
    .unverified = The lead time of one month comes from a law firm, not an official source. Whether an office may keep your passport while your card is made is not confirmed.
    .need-passport = Your valid passport
    .need-state-fee-receipt = The receipt for the state fee
    .need-photos = 2 photos
    .no-need-original-passport-kept = Leaving your original passport: it is shown for verification, and only a copy is filed

procedure-kz-passport-custody =
    .title = Your passport at the migration office
    .summary = When you hand in your documents for a residence card, the card is ready in 7 working days (fast service) or 17 working days (standard). Go back for your card and your passport.
    .task = Collect your card and passport
    .unverified = Whether an office may keep your passport while your card is made is not confirmed. Huquq counts 17 working days, with the public holidays it knows.
    .need-tear-off-receipt = The tear-off receipt you got when you handed in your documents
    .no-need-original-passport-kept = Leaving your original passport: it is shown for verification, and only a copy is filed

procedure-kz-address-registration =
    .title = Registering your new address
    .summary = After you move, register your new address. A draft of the rules gives 10 calendar days; a fine of 10 MRP is reported for living more than 10 days without registration.
    .task = Register your new address
    .unverified = The 10-day deadline comes from a draft of the rules, and the article of the fine is not given. The list of documents for this service is not confirmed.
    .no-need-permission-to-choose-a-city = Permission to live in a city: you choose where to live; you only register the address

procedure-kz-temporary-residence-work =
    .title = Your residence permit for work, after changing jobs
    .summary = The temporary residence permit for work is issued for your employment contract. After you change jobs, it must be issued again within 15 days.
    .task = Renew your permit after changing jobs
    .unverified = Whether the 15 days are calendar days or working days is not confirmed; Huquq counts calendar days, the earlier date. The list of documents is not confirmed.
    .need-passport = Your valid passport
    .need-employment-contract = Your new employment contract
    .no-need-work-permit-eaeu = A work permit, if you are a citizen of Russia, Kyrgyzstan, Belarus or Armenia

procedure-kz-visa-free-stay =
    .title = Your visa-free stay: 30 days, 90 in 180
    .summary = Without a visa you may stay at most 30 days per entry, and at most 90 days in any 180. Huquq counts from the days you entered and left.
    .task = Your allowed stay ends
    .need-passport = Your passport
    .no-need-self-registration = Registering yourself: your host notifies the police

procedure-kz-eaeu-stay =
    .title = Your stay as an EAEU citizen: 90 in 180
    .summary = Citizens of Russia, Kyrgyzstan, Belarus and Armenia may stay up to 90 days in any 180. Huquq counts from the days you entered and left.
    .task = Your allowed stay ends
    .need-passport = Your passport
    .no-need-work-permit = A work permit

procedure-kz-appeal-penalty =
    .title = Appealing a fine or penalty
    .summary = You can appeal within 10 days of the day you received a copy of the decision, to the higher body or to a court.
    .task = Last day to appeal a decision
    .unverified = The exact article of the appeal rule is not confirmed. Huquq counts 10 calendar days, the earlier date.
    .need-decision-copy = Your copy of the decision
    .need-written-complaint = Your written complaint (keep a copy)
