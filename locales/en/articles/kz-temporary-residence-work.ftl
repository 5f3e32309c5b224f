article-kz-temporary-residence-work =
    .title = Working in Kazakhstan: the temporary residence permit
    .summary = To stay more than 30 days to work, you need a temporary residence permit. It follows your work contract, lasts up to 1 year, and must be re-issued within 15 days when you change jobs.
    .keywords = TRP, work permit, residence permit for work, stay over 30 days, change employer, new job, job change, reissue permit, work visa, patent, labor contract, employment, RVP, employment permit, lost my job, contract ended, quit my job, change of job
    .unverified = The 15 days come from gov.kz (situations/572), which does not say whether they are calendar days or working days and does not name the legal act. Count calendar days: this gives the earlier date. The new registration rule of 1 July 2026 (Order of the Minister of Internal Affairs No. 923 of 17 November 2025) is known from news and a law firm, not from the order's text.
    .body =
        ## When you need it
        To stay in Kazakhstan for more than **30 days** to work or study, you need a **temporary residence permit**.

        ## How it works for employment
        - The permit is linked to your work contract.
        - It is issued for the term of the contract, for **up to 1 year**.
        - If you change jobs, the permit must be **re-issued within 15 days** (gov.kz). Whether these are calendar or working days is not stated: count calendar days, to be safe.

        > [!WARNING]
        > The 15 days start when you change jobs. Do not wait until your old permit ends.

        ## Registering your stay
        Your host (landlord, hotel or employer) must notify the police within **3 working days** after you arrive. Since 1 July 2026 a new rule is reported (not confirmed) that may also require you to register yourself online by the **30th calendar day** after you cross the border. Ask the migration police. See [host notification](article:kz-host-notification).

        ## Other rules for some citizens
        - Citizens of Russia, Kyrgyzstan, Belarus and Armenia need no work permit: see [workers from EAEU countries](article:kz-eaeu-workers).
        - Citizens of Uzbekistan and Tajikistan who work for private persons: see [the labour immigrant permit](article:kz-labour-immigrant-permit).

        ## What to do now
        1. Keep a copy of your work contract and of your permit. Take photos of them and save them in the app's vault.
        2. Write down the date your contract ends and the date your permit ends. Set a reminder well before.
        3. If you change jobs, write down the date. Ask the office that issued your permit about re-issuing it at once.
        4. Check that your host has reported your stay, and ask whether you must also register yourself.
        5. If an official asks for a paper you think no law requires, see [extra papers](article:kz-extra-papers).

        See also [visa-free stay](article:kz-visa-free-stay) and [overstaying](article:kz-overstay).
