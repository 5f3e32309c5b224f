article-kz-labour-immigrant-permit =
    .title = Citizens of Uzbekistan and Tajikistan: the labour immigrant permit
    .summary = Citizens of Uzbekistan and Tajikistan may work for private persons with a labour immigrant permit. The permit is not a permit to stay: to stay more than 30 days you need a temporary residence permit. The current fee is not confirmed.
    .keywords = patent, work patent, Uzbek, Tajik, work permit, domestic worker, household worker, work for a family, private employer, enbek, permit fee, labor permit, 12 months, nanny, housekeeper, maid, cleaner, Uzbek worker, Tajik worker
    .unverified = Not confirmed: the current fee for the labour immigrant permit (it is now set "in line with the Tax Code", and we have not read the amount); the term of up to 12 months, which comes from reports of the 2025 changes, not from the order's text; and the article of the Migration Law under which a stay of more than 30 days needs a temporary residence permit based on this permit.
    .body =
        ## Who this is for
        This article is for citizens of **Uzbekistan** and **Tajikistan** who want to work for **private persons** (individuals).

        ## The permit
        The Migration Law (Art. 43-2) allows you to work for private persons with a **labour immigrant permit** (its official name: "permit to a labour immigrant"). The details are set by Order No. 123 of the Ministry of Labour and Social Protection (MLSP) of 15 April 2022.

        Since the 2025 changes, the permit is reported to be issued for **up to 12 months**, through egov.kz and migration.enbek.kz. The fee has changed over time, and we have not confirmed the current amount.

        ## Your stay
        The labour immigrant permit lets you work. It is **not** a permit to stay.

        - Without a visa you may stay up to **30 days** for each entry, and up to **90 days** in any **180 days**. See [visa-free stay](article:kz-visa-free-stay).
        - To stay **more than 30 days**, you need a **temporary residence permit**. The labour immigrant permit is one of the papers you hand in for it (gov.kz).

        > [!WARNING]
        > Pay the fee only through official channels, and keep the receipt. Never hand cash to an official. If someone asks you for a bribe, call **1424**, the free anti-corruption line.

        ## What to do now
        1. Before you start work, check the current fee. Ask the migration police, and ask which legal act sets it.
        2. Pay only through official channels. Keep every receipt, and save a photo of it in the app's vault.
        3. If you will stay more than 30 days, apply for a temporary residence permit before day 30: see [the temporary residence permit](article:kz-temporary-residence-work).
        4. Keep a copy of your permits. Write down when they end and set a reminder.
        5. Check that your host has reported your stay, and ask whether you must also register yourself by day 30: see [host notification](article:kz-host-notification).
        6. If you are asked for papers that no law requires, see [extra papers](article:kz-extra-papers). If your employer keeps your passport, read [when someone keeps your passport](article:kz-passport-confiscation).
