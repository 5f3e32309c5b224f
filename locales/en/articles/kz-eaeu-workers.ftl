article-kz-eaeu-workers =
    .title = Workers from EAEU countries: no work permit needed
    .summary = Citizens of Russia, Kyrgyzstan, Belarus and Armenia do not need a work permit in Kazakhstan, and may stay 90 days in any 180 days.
    .body =
        ## Who this is for
        The Eurasian Economic Union (EAEU) is a union of Kazakhstan, Russia, Kyrgyzstan, Belarus and Armenia. This article is for citizens of Russia, Kyrgyzstan, Belarus and Armenia who want to work in Kazakhstan.

        ## No work permit
        Under the Treaty on the Eurasian Economic Union (Art. 97(1)), citizens of EAEU countries **do not need a work permit** to work in Kazakhstan.

        ## How long you may stay
        Citizens of EAEU countries may stay **90 days in any 180 days**. This limit is not for people who hold a residence permit or a visa.

        Kyrgyz citizens also have a bilateral agreement with Kazakhstan. Its stay rules are not yet confirmed: see [citizens of Kyrgyzstan](article:kz-kyrgyz-citizens).

        > [!NOTE]
        > "No work permit" does not mean "no rules". The official egov.kz page on work says that a stay of more than 30 days to work or study needs a temporary residence permit. Ask the migration police whether and how this applies to you, and which legal act they rely on.

        ## Your host reports your stay
        Your host (landlord, hotel or employer) must notify the police within **3 working days** after you arrive. See [host notification](article:kz-host-notification).

        ## What to do now
        1. Keep copies of your passport and your work contract. Save photos of them in the app's vault.
        2. Count your days. Write down every date you enter and leave Kazakhstan.
        3. Check that your host has reported your stay.
        4. If someone says you need a work permit, ask calmly which legal act requires it. Name the EAEU Treaty, Article 97(1). See [extra papers](article:kz-extra-papers).
        5. Before your days run out, read about the [temporary residence permit](article:kz-temporary-residence-work) and [overstaying](article:kz-overstay).
