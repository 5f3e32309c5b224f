article-kz-freedom-of-movement =
    .title = Freedom of movement and the duty to register
    .summary = You may move and choose where to live in Kazakhstan, but you must still register your address.
    .keywords = move freely, free movement, travel inside Kazakhstan, move to another city, change city, live anywhere, relocate, propiska, right to move, registration duty, fined for moving, change of residence, live where I want, closed areas, leave my city
    .unverified = A new Constitution has been in force since 1 July 2026. We did not find its article on freedom of movement, so which article of the new Constitution protects this right, and in what words, is not confirmed. Article 21 of the 1995 Constitution, which gave this right, no longer applies.
    .body =
        ## A real story
        In 2007 a man from Mali who had permanent residence in Kazakhstan was fined US$100. The reason: he lived and worked in Astana instead of Almaty. His lawyer said that permanent residents move freely, like citizens. The migration police said that foreigners must register "rigorously".

        Both sides had a point. The law gives you two different things.

        ## Your right: to move and choose where to live
        - Foreigners may move in areas open to foreigners and choose where to live, following the procedure set by law (Law on the Legal Status of Foreigners, Art. 16).
        - Kazakhstan has ratified the ICCPR. Its Article 12 gives everyone who is lawfully in the country the same right. It may be limited only by law, only when necessary to protect national security, public order, public health or morals, or the rights and freedoms of others, and only in a way that fits the other rights in the Covenant.
        - The 1995 Constitution (Art. 21) also gave everyone who was in Kazakhstan lawfully this right, "except in cases stipulated by law". A new Constitution has been in force since 1 July 2026. We have not checked which of its articles now gives this right.

        ## Your duty: to register
        Registration is a separate duty. The registration rules say the police register foreigners who live permanently in Kazakhstan at their place of residence and also at their place of temporary stay. If you are here for a short stay, your host must notify the police, and you may also have to register yourself: see [registering your address](article:kz-address-registration).

        Article 51 of the Migration Law, which is sometimes cited for this, is about internal migrants: people who move from place to place inside Kazakhstan.

        > [!WARNING]
        > Your right to move does not free you from registration. When you move, register your new address. Permanent residents must do this too.

        ## What to do now
        - Before you move, read [registering your address](article:kz-address-registration).
        - Keep every receipt for fees and fines. In the story above, the man said he had paid the fine, but the police said they had no record of it.
        - If you get a fine, you can challenge it: see [appealing a fine](article:kz-appeal-fine).
        - To learn more about the international rule, read [freedom of movement in international law](article:intl-freedom-of-movement).
