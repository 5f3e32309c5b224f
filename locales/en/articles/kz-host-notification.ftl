article-kz-host-notification =
    .title = Your host must report your stay within 3 working days
    .summary = When you arrive for a temporary stay, your landlord, hotel or employer must notify the police within 3 working days.
    .body =
        ## Who must do it
        When a foreigner arrives for a temporary stay, the **host** must notify the police. The host is:

        - your landlord,
        - your hotel, or
        - your employer.

        The deadline is **3 working days** after you arrive. The host can do it online, on [vmp.gov.kz](https://vmp.gov.kz) or [eqonaq.kz](https://eqonaq.kz), or on paper.

        > [!NOTE]
        > Since a law of 27 December 2019, arriving foreigners no longer register themselves. The duty is on the host. But it is your stay: check that it was done.

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
        3. Keep your host's name and address with your documents.
        4. Keep your own record of the date you arrived.

        See also [visa-free stay](article:kz-visa-free-stay) and [freedom of movement](article:kz-freedom-of-movement).
