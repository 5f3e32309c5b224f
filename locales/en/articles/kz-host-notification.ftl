article-kz-host-notification =
    .title = Your host must report your stay within 3 working days
    .summary = When you arrive for a temporary stay, your landlord, hotel or employer must notify the police within 3 working days. Since 1 July 2026 a new rule is reported that may also require you to register yourself online by day 30: check.
    .keywords = registratsiya, propiska, migration registration, OVIR, hotel registration, Airbnb, register myself online, self-registration, eQonaq, notify police, arrival registration, host fine, landlord didn't register me, host refuses to register, guest registration, MVD, not registered by host, 3-day registration
    .unverified = The new registration rule (Order of the Minister of Internal Affairs No. 923 of 17 November 2025, "Rules for registration of immigrants", reported in force from 1 July 2026) is known from news and a law firm; we have not read the order. Whether the host's notice within 3 working days still applies in the same way beside it is not confirmed.
    .body =
        ## Who must do it
        When a foreigner arrives for a temporary stay, the **host** must notify the police. The host is:

        - your landlord,
        - your hotel, or
        - your employer.

        The deadline is **3 working days** after you arrive. The host can do it online, on [vmp.gov.kz](https://vmp.gov.kz) or [eqonaq.kz](https://eqonaq.kz), or on paper.

        > [!WARNING]
        > A new rule may also apply to **you**. Since 1 July 2026, a new order of the Minister of Internal Affairs (No. 923 of 17 November 2025) is reported to require people from countries whose citizens may stay up to 90 days to register themselves online with the police **no later than the 30th calendar day** after crossing the border, unless a treaty says otherwise. Your host then confirms it in a mobile app. If you change address, you register again within **5 working days**. We have not read the order itself: ask the migration police before day 30. Do not count on your host alone.

        ## Staying longer
        To stay more than 30 days to work or study, you need a temporary residence permit. Permanent residents register their address in another way: see [address registration](article:kz-address-registration).

        ## Fines for hosts
        A host who does not notify the police can be punished under Article 518 of the Code of Administrative Offences:

        - a private person: a warning;
        - a small business: 10 MRP;
        - a medium business: 15 MRP;
        - a large business: 20 MRP.

        > [!WARNING]
        > Moving freely and registering are two different things. You may choose where to stay, within the law, but your stay must still be registered.

        ## What to do now
        1. On the day you arrive, remind your host that the police must be notified within 3 working days.
        2. Ask your host to tell you when it is done.
        3. Before day 30, ask the migration police whether you must also register yourself online, and how.
        4. Keep your host's name and address with your documents.
        5. Keep your own record of the date you arrived.

        See also [visa-free stay](article:kz-visa-free-stay) and [freedom of movement](article:kz-freedom-of-movement).
