article-kz-visa-free-stay =
    .title = Visa-free stay: 30 days per entry, 90 days in 180
    .summary = Without a visa you may usually stay up to 30 days per entry and 90 days in any 180 days; for citizens of EAEU countries, 90 days in 180 is reported. Since 1 July 2026 you may also have to register yourself online by day 30: check.
    .keywords = visa exemption, no visa, without visa, 90/180 rule, visa run, border run, stay limit, count days, tourist, how long to stay, registratsiya, 180-day rule, re-entry, how many days allowed, days left, 30-day limit, day counter, visa-free countries
    .unverified = Not yet confirmed: the limit of 90 days in any 180 for EAEU citizens (reported by law firms, not read in the official text) and whether their stays of more than 30 days to work need a temporary residence permit; the stay limits for citizens of Kyrgyzstan under the bilateral agreement (we found no source for 180 days); the full text of Article 517 of the Code of Administrative Offences (parts 1 and 2, and the penalties for overstays of more than 5 days); and the new registration rule (Order of the Minister of Internal Affairs No. 923 of 17 November 2025, from 1 July 2026), known from news and a law firm, not from the order's text.
    .body =
        ## The basic rule
        If you come to Kazakhstan without a visa, you may stay:

        - up to **30 days** for each entry, and
        - up to **90 days** in total in any **180 days**.

        This rule has applied since 27 January 2023. Leaving and coming straight back ("visa runs") no longer starts a new count. Citizens of Uzbekistan and Tajikistan follow this 30/90/180 rule.

        ## Citizens of EAEU countries
        Citizens of Russia, Kyrgyzstan, Belarus and Armenia (the Eurasian Economic Union) may stay **90 days in any 180 days** (reported). A stay of more than 30 days to work may need a temporary residence permit: see [workers from EAEU countries](article:kz-eaeu-workers).

        Kyrgyzstan also has a bilateral agreement with Kazakhstan. The Kyrgyz Ministry of Foreign Affairs (via 24.kg) says: 30 days without registration, then registration for up to 90 days, which can be extended. Some say 180 days, but we found no source for that. The EAEU limit of 90 days in any 180 is reported to apply too. See [citizens of Kyrgyzstan](article:kz-kyrgyz-citizens).

        ## Who this does not apply to
        These limits are not for people who hold a residence permit or a visa.

        ## Registering your stay
        Your host must notify the police within **3 working days**: see [host notification](article:kz-host-notification). Since 1 July 2026 a new rule is reported (not confirmed): you may have to register yourself online with the police **no later than the 30th calendar day** after you cross the border, and again within **5 working days** after you change address.

        ## Work or study
        To stay more than 30 days to work or study, you need a temporary residence permit.

        > [!WARNING]
        > Leave on time. Under Article 517, part 3, of the Code of Administrative Offences, staying up to 3 days too long brings a warning. Staying 3 to 5 days too long brings a fine of **10 MRP**. The rules for longer overstays are not confirmed yet: do not take the risk.

        ## What to do now
        1. Count your days. Write down every date you enter and leave Kazakhstan.
        2. Check that your host has reported your stay. Before day 30, ask the migration police whether you must also register yourself online: see [host notification](article:kz-host-notification).
        3. If you need to stay longer to work or study, ask about a temporary residence permit well before your days run out.

        See also [paying fines](article:kz-paying-fines) and [expulsion](article:kz-expulsion).
