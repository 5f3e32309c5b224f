article-kz-labour-immigrant-permit =
    .title = Citizens of Uzbekistan and Tajikistan: the labour immigrant permit
    .summary = Citizens of Uzbekistan and Tajikistan may work for private persons with a labour immigrant permit. The current fee and how long the permit lasts are not confirmed.
    .unverified = The current fee for the labour immigrant permit and how long the permit is valid are not confirmed: both have changed over time.
    .body =
        ## Who this is for
        This article is for citizens of **Uzbekistan** and **Tajikistan** who want to work for **private persons** (individuals).

        ## The permit
        The Migration Law (Art. 43-2) allows you to work for private persons with a **labour immigrant permit** (its official name: "permit to a labour immigrant"). The details are set by Order No. 123 of the Ministry of Labour and Social Protection (MLSP) of 15 April 2022.

        The fee and the terms of the permit have changed over time. We have not confirmed the current fee or how long the permit lasts.

        ## Your stay
        Citizens of Uzbekistan and Tajikistan follow the 30/90/180 rule: up to **30 days** for each entry, and up to **90 days** in any **180 days**. See [visa-free stay](article:kz-visa-free-stay).

        > [!WARNING]
        > Pay the fee only through official channels, and keep the receipt. Never hand cash to an official. If someone asks you for a bribe, call **1424**, the free anti-corruption line.

        ## What to do now
        1. Before you start work, check the current fee and how long the permit lasts. Ask the migration police, and ask which legal act sets them.
        2. Pay only through official channels. Keep every receipt, and save a photo of it in the app's vault.
        3. Keep a copy of your permit. Write down when it ends and set a reminder.
        4. Check that your host has reported your stay: see [host notification](article:kz-host-notification).
        5. If you are asked for papers that no law requires, see [extra papers](article:kz-extra-papers).
        6. If your employer keeps your passport, read [when someone keeps your passport](article:kz-passport-confiscation).
