# Procedures: what the law asks you to do, and by when. Each procedure is one message:
# .title and .summary for the screen, .task for the reminder (it is shown on a lock screen, so it
# names no person and no number), .need-<item> for each required document, .no-need-<item> for each
# paper the law does not require.

procedure-kz-residence-card-renewal =
    .title = Renewing your residence card
    .summary = Apply for a new residence card before the old one ends. One law firm advises at least one month before; this is the deadline Huquq uses.
    .task = Renew your residence card
    .unverified = The lead time of one month comes from a law firm, not an official source. The official lists ask for a copy of the passport and the original "for verification"; no text we read says whether the original is returned at once or may be kept while your card is made.
    .need-passport = Your valid passport
    .need-state-fee-receipt = The receipt for the state fee
    .need-photos = 2 photos
    .no-need-original-passport-kept = Leaving your original passport: the official lists ask for a copy and the original "for verification". Whether an office may keep it is not confirmed. Ask for it back; if it is kept, ask for the legal act and a written record

procedure-kz-passport-custody =
    .title = Your passport at the migration office
    .summary = When you hand in your documents for a residence card, the card is ready in 7 working days (fast service) or 17 working days (standard). Go back for your card with the tear-off receipt. If the office kept your passport, ask for it back then. Whenever it is kept, ask for a written record.
    .task = Collect your residence card
    .unverified = Whether an office may keep your passport while your card is made is not confirmed: the official lists ask for a copy and the original "for verification", and do not say when the original is returned. Huquq counts 17 working days, skipping weekends and the public holidays in its list. That list is not confirmed: the holidays changed in 2026 (30 August is no longer a day off, and 15 March becomes Constitution Day from 2027), and extra days off can be moved by order. Check the date with the office.
    .need-tear-off-receipt = The tear-off receipt you got when you handed in your documents
    .no-need-original-passport-kept = Leaving your original passport: the official lists ask for a copy and the original "for verification". Whether an office may keep it is not confirmed. Ask for it back; if it is kept, ask for the legal act and a written record

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
    .unverified = The 15 days come from gov.kz (situations/572), which names no legal act and does not say whether they are calendar days or working days; Huquq counts calendar days, the earlier date. The list of documents is not confirmed.
    .need-passport = Your valid passport
    .need-employment-contract = Your new employment contract
    .no-need-work-permit-eaeu = A work permit, if you are a citizen of Russia, Kyrgyzstan, Belarus or Armenia

procedure-kz-visa-free-stay =
    .title = Your visa-free stay: 30 days, 90 in 180
    .summary = Without a visa you may stay at most 30 days per entry, and at most 90 days in any 180. Huquq counts from the days you entered and left. Since 1 July 2026 you may also have to register yourself online by day 30 after entry: check.
    .task = Your allowed stay ends
    .unverified = A new rule (Order of the Minister of Internal Affairs No. 923 of 17 November 2025, reported in force from 1 July 2026) may require you to register yourself online with the police no later than the 30th calendar day after you cross the border, and again within 5 working days after you change address. News and a law firm report it; we have not read the order. Your host must still notify the police within 3 working days; how the two rules work together is not confirmed.
    .need-passport = Your passport

procedure-kz-eaeu-stay =
    .title = Your stay as an EAEU citizen: 90 in 180
    .summary = Citizens of Russia, Kyrgyzstan, Belarus and Armenia may stay up to 90 days in any 180 (reported). Huquq counts from the days you entered and left. A stay of more than 30 days to work may need a temporary residence permit, and you may have to register yourself by day 30: check.
    .task = Your allowed stay ends
    .unverified = The limit of 90 days in any 180 is reported by law firms, not read in the official text. Not confirmed: whether a stay of more than 30 days to work needs a temporary residence permit (the egov.kz page on work says so for foreigners in general), and the limits for citizens of Kyrgyzstan under their own agreement. A new rule (Order of the Minister of Internal Affairs No. 923 of 17 November 2025, reported in force from 1 July 2026) may require you to register yourself online with the police no later than the 30th calendar day after you cross the border; we have not read the order.
    .need-passport = Your passport
    .no-need-work-permit = A work permit

procedure-kz-appeal-penalty =
    .title = Appealing a fine or penalty
    .summary = You can appeal within 10 days of the day you received a copy of the decision, to the higher body or to a court.
    .task = Last day to appeal a decision
    .unverified = The exact article of the appeal rule is not confirmed. Huquq counts 10 calendar days, the earlier date.
    .need-decision-copy = Your copy of the decision
    .need-written-complaint = Your written complaint (keep a copy)
