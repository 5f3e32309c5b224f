article-kz-police-checks =
    .title = Police checks: stay calm and know your rights
    .summary = If the police stop you, stay calm, ask to see the officer's ID and do not resist. Keep a copy of your passport in a safe place.
    .keywords = ID check, checkpoint, stopped by police, document check, papers check, show passport, carry passport, street check, police raid, badge number, police harassment, patrol, stop and search, crackdown, police asked for papers, frisked
    .unverified = Whether foreigners must carry their passport under the current rules, and when the police may take a passport, are not yet confirmed.
    .body =
        ## During a check
        - Stay calm. Do not resist.
        - Ask to see the officer's ID. Write down the name.
        - If you are detained, you must be told the reason at once (KoAP Art. 14).
        - Torture and degrading treatment are banned.
        - If the officer writes a protocol, you have rights. See [your rights when a protocol is drawn up](article:kz-protocol-rights).

        ## Your passport
        An old rule from 2000 said foreigners on a temporary stay had to carry their passport. That rule was repealed. We have not yet confirmed the current rule, or when the police may take a passport.

        Reports about migrant workers' passports and identity documents being taken (by the UN Human Rights Committee in 2016, and by the human rights group FIDH in 2009 and 2018) are about abuse at work by employers or middlemen, not about police checks. See [when someone keeps your passport](article:kz-passport-confiscation).

        > [!TIP]
        > Keep a copy or a photo of your passport and your permit in a safe place. If a document is taken from you, write down who took it, when and where.

        ## If something goes wrong
        - An officer asks for money: do not pay cash. Call the anti-corruption line **1424**. See [bribes and the 1424 line](article:kz-bribes-1424).
        - You are detained: you can ask that your consulate be told without delay. See [consular rights](article:kz-consular-rights).
        - You want to complain: you can write to the prosecutor's office in any language, including your own. See [complaining to the prosecutor](article:kz-prosecutor-complaint) and [how to file a written appeal](article:kz-written-appeal).
