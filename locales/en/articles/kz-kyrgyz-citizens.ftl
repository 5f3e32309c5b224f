article-kz-kyrgyz-citizens =
    .title = Citizens of Kyrgyzstan: how long you may stay
    .summary = Citizens of Kyrgyzstan are covered by the EAEU rules and by a bilateral agreement. The exact stay limits under that agreement are not confirmed.
    .keywords = Kyrgyz, Kyrgyz citizen, Kirghiz, Kyrgyzstani, Kyrgyz passport, 90 days, 180 days, Kirghizia, extend stay, registration after 30 days, EEU, Kyrgyz worker, Kyrgyz migrant, Bishkek, Kyrgyz registration, how long can Kyrgyz stay
    .unverified = The stay limits under the agreement between Kazakhstan and Kyrgyzstan are not confirmed: we have not read the agreement's text. The Kyrgyz Ministry of Foreign Affairs, via 24.kg, says 30 days without registration, then registration for up to 90 days from crossing the border, which can be extended. We found no source for the figure of 180 days. The EAEU limit of 90 days in any 180 is reported to apply to citizens of Kyrgyzstan too. The new registration rule of 1 July 2026 (Order of the Minister of Internal Affairs No. 923 of 17 November 2025) applies unless a treaty says otherwise; how it applies to citizens of Kyrgyzstan is not confirmed, and we have not read the order.
    .body =
        ## Two sets of rules
        Kyrgyzstan is a member of the Eurasian Economic Union (EAEU). It also has a bilateral agreement with Kazakhstan.

        ## The EAEU rules
        - Citizens of EAEU countries may stay **90 days in any 180 days** (reported). This limit is reported to apply to citizens of Kyrgyzstan too.
        - They **do not need a work permit** (EAEU Treaty, Art. 97(1)). See [workers from EAEU countries](article:kz-eaeu-workers).

        ## The bilateral agreement
        The news site 24.kg, quoting the Kyrgyz Ministry of Foreign Affairs, reports that under the agreement, citizens of Kyrgyzstan may stay:

        - **30 days** without registration;
        - then, with registration, up to **90 days** from crossing the border, and this can be extended.

        Some people say **180 days**. We found no source for that.

        > [!WARNING]
        > Until this is clear, follow the stricter rule: no more than 90 days in any 180. Do not count on 180 days.

        ## Registering your stay
        The general rule is that your host (landlord, hotel or employer) notifies the police within **3 working days** after you arrive. See [host notification](article:kz-host-notification).

        Since 1 July 2026 a new rule is reported (not confirmed): people from countries whose citizens may stay up to 90 days must register themselves online with the police by the **30th calendar day** after crossing the border, unless a treaty says otherwise. Whether the agreement with Kyrgyzstan changes this is not confirmed: register in time.

        ## What to do now
        1. Write down every date you enter and leave Kazakhstan.
        2. Before your first 30 days end, ask the migration police whether you must register, and how.
        3. If you want to stay longer than 90 days, ask the migration police which rule applies to you, and ask them to name the legal act.
        4. Keep copies of your passport and your registration papers. Save photos of them in the app's vault.
        5. Do not stay too long: see [overstaying](article:kz-overstay).
