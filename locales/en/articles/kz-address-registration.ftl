article-kz-address-registration =
    .title = Registering your address after you move
    .summary = When you move to a new home, register your new address quickly, even if you are a permanent resident.
    .keywords = propiska, registratsiya, change of address, moving house, new apartment, relocate, address registration, place of residence, permanent address, unregistered, registration fine, OVIR, migration police, new flat, changed house, rented room, moved out, PR registration, address change deadline
    .unverified = The 10-day deadline comes from a draft of the registration rules. The 10 MRP fine is reported by one website that does not name the article of the law. Neither point is confirmed yet. The new registration rule for people on a short stay (Order of the Minister of Internal Affairs No. 923 of 17 November 2025, from 1 July 2026) is known from news and a law firm, not from the order's text.
    .body =
        ## The rule
        You are free to choose where you live (Law on the Legal Status of Foreigners, Art. 16). But you must also register at your place of residence and of temporary stay: the registration rules say the police register foreigners who live permanently in Kazakhstan at both. Permanent residents have this duty too.

        ## If you have permanent residence
        - The Ministry of Internal Affairs (MIA) has a public service to register the address of a permanent resident.
        - A **draft** of the registration rules gives **10 calendar days** after you move. This is not confirmed. Do not wait: register as soon as you can.
        - One website reports a fine of **10 MRP** for living more than 10 days without registration or without a valid permit. The MRP is the monthly calculation index used for fines. Its amount in tenge changes every year.

        > [!WARNING]
        > Your right to move does not remove your duty to register. You must register your new address.

        ## If you are here for a short stay
        Your host (landlord, hotel or employer) must tell the police that you arrived, within 3 working days. Since 1 July 2026 a new rule is reported that may also require you to register yourself online by the 30th calendar day after you enter, and again within 5 working days after you change address. See [host notification](article:kz-host-notification).

        ## What to do now
        1. Right after you move, ask the migration police how to register your new address.
        2. Ask which documents you need, and which law requires them.
        3. Keep the paper or receipt that shows you registered, with the date.
        4. If you are fined, you have the right to appeal: see [appealing a fine](article:kz-appeal-fine).

        Why registering and moving are two different things: see [freedom of movement](article:kz-freedom-of-movement).
