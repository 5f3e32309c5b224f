article-kz-eaeu-workers =
    .title = Workers from EAEU countries: no work permit needed
    .summary = Citizens of Russia, Kyrgyzstan, Belarus and Armenia do not need a work permit in Kazakhstan. Their stay limit is reported as 90 days in any 180, but a stay of more than 30 days to work may need a temporary residence permit, and you may have to register yourself by day 30: check.
    .keywords = EEU, Eurasian Economic Union, Eurasian Union, Russian citizen, Belarusian, Armenian, Kyrgyz, work without permit, no permit needed, Article 97, EAEU Treaty, 90/180, work permit, Customs Union, EAEU passport, Russian passport, work without patent, EurAsEC
    .unverified = The limit of 90 days in any 180 is reported by law firms and the press, not read in the official text. Not confirmed: whether a stay of more than 30 days to work needs a temporary residence permit for EAEU citizens, and the stay limits for citizens of Kyrgyzstan under their bilateral agreement. The new registration rule (Order of the Minister of Internal Affairs No. 923 of 17 November 2025, from 1 July 2026) is reported by news and a law firm; we have not read the order, and how it works together with the host's notice is not confirmed.
    .body =
        ## Who this is for
        The Eurasian Economic Union (EAEU) is a union of Kazakhstan, Russia, Kyrgyzstan, Belarus and Armenia. This article is for citizens of Russia, Kyrgyzstan, Belarus and Armenia who want to work in Kazakhstan.

        ## No work permit
        Under the Treaty on the Eurasian Economic Union (Art. 97(1)), citizens of EAEU countries **do not need a work permit** to work in Kazakhstan.

        ## How long you may stay
        Citizens of EAEU countries may stay **90 days in any 180 days** (reported). This limit is not for people who hold a residence permit or a visa.

        Kyrgyz citizens also have a bilateral agreement with Kazakhstan. Its stay rules are not yet confirmed: see [citizens of Kyrgyzstan](article:kz-kyrgyz-citizens).

        > [!NOTE]
        > "No work permit" does not mean "no rules". The official egov.kz page on work says that a stay of more than 30 days to work or study needs a temporary residence permit. Ask the migration police whether and how this applies to you, and which legal act they rely on.

        ## Registering your stay
        - Your host (landlord, hotel or employer) must notify the police within **3 working days** after you arrive. See [host notification](article:kz-host-notification).
        - **New since 1 July 2026 (not confirmed):** a new rule is reported that may require you yourself to register online with the police **no later than the 30th calendar day** after you cross the border, unless a treaty says otherwise. If you change address, you register again within **5 working days**. Check with the migration police before day 30.

        ## What to do now
        1. Keep copies of your passport and your work contract. Save photos of them in the app's vault.
        2. Count your days. Write down every date you enter and leave Kazakhstan.
        3. Check that your host has reported your stay. Before day 30, ask the migration police whether you must also register yourself online.
        4. If someone says you need a work permit, ask calmly which legal act requires it. Name the EAEU Treaty, Article 97(1). See [extra papers](article:kz-extra-papers).
        5. Before your days run out, read about the [temporary residence permit](article:kz-temporary-residence-work) and [overstaying](article:kz-overstay).
