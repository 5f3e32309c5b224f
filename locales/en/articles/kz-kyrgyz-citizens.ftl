article-kz-kyrgyz-citizens =
    .title = Citizens of Kyrgyzstan: how long you may stay
    .summary = Citizens of Kyrgyzstan are covered by the EAEU rules and by a bilateral agreement. The exact stay limits under that agreement are not confirmed.
    .unverified = The stay limits under the agreement between Kazakhstan and Kyrgyzstan are not confirmed. One source (24.kg) says 30 days without registration, then up to 90 days, which can be extended. Another source says 180 days.
    .body =
        ## Two sets of rules
        Kyrgyzstan is a member of the Eurasian Economic Union (EAEU). It also has a bilateral agreement with Kazakhstan.

        ## The EAEU rules
        - Citizens of EAEU countries may stay **90 days in any 180 days**.
        - They **do not need a work permit** (EAEU Treaty, Art. 97(1)). See [workers from EAEU countries](article:kz-eaeu-workers).

        ## The bilateral agreement
        The news site 24.kg reports that under the agreement, citizens of Kyrgyzstan may stay:

        - **30 days** without registration;
        - then up to **90 days**, and this can be extended.

        Another source says **180 days**. We have not confirmed which is right.

        > [!WARNING]
        > Until this is clear, follow the stricter rule. Do not count on 180 days.

        ## Your host reports your stay
        The general rule is that your host (landlord, hotel or employer) notifies the police within **3 working days** after you arrive. See [host notification](article:kz-host-notification).

        ## What to do now
        1. Write down every date you enter and leave Kazakhstan.
        2. Before your first 30 days end, ask the migration police whether you must register, and how.
        3. If you want to stay longer than 90 days, ask the migration police which rule applies to you, and ask them to name the legal act.
        4. Keep copies of your passport and your registration papers. Save photos of them in the app's vault.
        5. Do not stay too long: see [overstaying](article:kz-overstay).
