article-kz-freedom-of-movement =
    .title = Freedom of movement and the duty to register
    .summary = You may move and choose where to live in Kazakhstan, but you must still register your address.
    .unverified = The article number of the Constitution (Art. 21) may have changed after a constitutional reform. This is not yet confirmed.
    .body =
        ## A real story
        In 2007 a man from Mali who had permanent residence in Kazakhstan was fined US$100. The reason: he lived and worked in Astana instead of Almaty. His lawyer said that permanent residents move freely, like citizens. The migration police said that foreigners must register "rigorously".

        Both sides had a point. The law gives you two different things.

        ## Your right: to move and choose where to live
        - Everyone who is in Kazakhstan lawfully may move freely and choose a place to live, "except in cases stipulated by law" (Constitution, Art. 21).
        - Foreigners may move in areas open to foreigners and choose where to live, following the procedure set by law (Law on the Legal Status of Foreigners, Art. 16).
        - Kazakhstan has ratified the ICCPR. Its Article 12 gives the same right. It may be limited only by law and only when necessary.

        ## Your duty: to register
        The Migration Law (Art. 51) gives the same freedom. The same article says you must register at your place of residence and of temporary stay.

        > [!WARNING]
        > Your right to move does not free you from registration. When you move, register your new address. Permanent residents must do this too.

        ## What to do now
        - Before you move, read [registering your address](article:kz-address-registration).
        - Keep every receipt for fees and fines. In the story above, the man said he had paid the fine, but the police said they had no record of it.
        - If you get a fine, you can challenge it: see [appealing a fine](article:kz-appeal-fine).
        - To learn more about the international rule, read [freedom of movement in international law](article:intl-freedom-of-movement).
