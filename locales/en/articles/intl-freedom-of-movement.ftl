article-intl-freedom-of-movement =
    .title = Freedom of movement in international law
    .summary = The International Covenant on Civil and Political Rights, ratified by Kazakhstan, protects the right of everyone lawfully in the country to move freely and choose where to live.
    .keywords = free movement, move freely, right to travel, liberty of movement, travel inside the country, relocate, movement restrictions, ICCPR, internal travel, not allowed to travel, can't leave the city, live where I want, stuck in one town, human rights treaty, closed areas
    .body =
        ## The Covenant
        Kazakhstan ratified the International Covenant on Civil and Political Rights (ICCPR) by Law No. 91 of 28 November 2005. It has been in force since 2006.

        - **Article 12(1):** everyone lawfully in the territory of a state may move freely there and choose where to live.
        - **Article 12(3):** these rights may be restricted only by restrictions that are set by law, are necessary to protect national security, public order, public health or morals, or the rights and freedoms of others, and fit the other rights in the Covenant.

        > [!WARNING]
        > Freedom of movement does not remove the duty to register. Kazakh law requires registration at your place of residence and temporary stay. Always register: see [address registration](article:kz-address-registration).

        ## Complaints to the UN Human Rights Committee
        Kazakhstan also joined the First Optional Protocol to the ICCPR (Law No. 130-IV of 11 February 2009). Under it, a person can send an individual complaint to the UN Human Rights Committee. Kazakhstan accepted this only for what the state did, or failed to do, after the Protocol came into force for it. See [complaints to the UN](article:intl-un-complaints).

        In 2016 the Committee was concerned about forced labour of migrant workers in Kazakhstan, for example in tobacco, cotton and construction, and about abuses at work such as poor and dangerous conditions, late pay and the taking of their identity documents. This was about abuse at work, not about freedom of movement.

        ## What to do now
        1. Learn your rights under Kazakh law first: read [freedom of movement in Kazakhstan](article:kz-freedom-of-movement).
        2. Keep your registration and permits in order.
        3. If a state body restricts your rights, complain in writing: see [filing a written appeal](article:kz-written-appeal).
        4. A complaint to the UN is a formal process. Ask a lawyer or a legal-aid organisation for help.
