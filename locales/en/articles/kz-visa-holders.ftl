article-kz-visa-holders =
    .title = If you came with a visa: purpose, extension and leaving on time
    .summary = A visa lets you stay only for its purpose and until its end date. Ask about an extension early, make sure your host reports your stay within 3 working days, and leave on time.
    .keywords = extend visa, visa renewal, student visa, business visa, work visa, tourist visa, private visa, visa category, change visa type, exit visa, invitation letter, C9 visa, migration service, OVIR, multiple entry, single entry, visa expiry date, visa sponsor
    .unverified = Not confirmed: the current list of visa categories and codes (the visa rules were changed in 2024, 2025 and 2026); whether your visa can be extended or its category changed inside Kazakhstan, how long it takes and what it costs; whether a person whose visa has ended needs an exit visa to leave; the penalties for staying more than 5 days too long.
    .body =
        ## Do you need a visa?
        Citizens of some countries need a visa; others do not. Check the official list of the Ministry of Foreign Affairs. Without a visa, read [visa-free stay](article:kz-visa-free-stay).

        ## Visa types
        The visa rules are a joint order of the Ministry of Foreign Affairs and the Ministry of Internal Affairs (No. 11-1-2/555 and No. 1100 of November 2016). The government portal sorts visas in three groups:

        - **A**: diplomatic, official, investor;
        - **B**: business, private, tourist, transit, exit and others;
        - **C**: permanent residence, family reunification, work, study, missionary work, medical treatment, minors.

        Each visa has a code. A law firm gives examples: B1 to B3 business, B10 private visit, B12 tourism, C3 to C6 work, C9 study, C12 treatment. Find the code on your own visa.

        > [!WARNING]
        > Use your visa only for its purpose. A law firm warns that a business visa does not allow paid work. One university says that students with a C9 visa may not work. The dates a visa is valid and the number of days you may stay can differ: check both.

        ## Extending a visa or changing it
        - Inside Kazakhstan, the migration service of the Ministry of Internal Affairs issues, restores and extends visas.
        - An extension needs a reason and papers, usually a written request from your host: your university, employer or the person who invited you.
        - Start early. One university says an extension can take up to **30 working days**. Another asks for the papers at least 15 working days before the visa ends. To be safe, hand in your papers at least 30 working days (about 6 weeks) before the visa ends.
        - Changing the category inside the country, for example from a work visa to a family visa, was made easier, a news site reports. Whether your change is possible is not confirmed: ask the migration service in writing.

        ## Registration
        Your host (landlord, hotel, university or employer) must notify the police within **3 working days** after you arrive. See [host notification](article:kz-host-notification). Some universities ask students to come to their international office on the first day.

        ## Leave on time
        Staying too long is an offence (Code of Administrative Offences, Art. 517, part 3): up to 3 days brings a warning, 3 to 5 days a fine of 10 MRP. The penalties for longer overstays are not confirmed, and [expulsion](article:kz-expulsion) is one of the penalties in the Code. See [overstaying](article:kz-overstay).

        If your visa has already ended, do not wait and do not simply go to the border: ask for [legal help](article:kz-legal-aid) first.

        ## What to do now
        1. Look at your visa: the code, the dates and the number of entries. Save a photo in the app's vault.
        2. Write down your last day. Set a reminder at least 2 months before it.
        3. If you need more time, ask your host at once for the letter for an extension.
        4. Check that your host has reported your stay.
