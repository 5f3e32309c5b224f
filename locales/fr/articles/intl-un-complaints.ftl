article-intl-un-complaints =
    .title = Se plaindre au Comité des droits de l'homme de l'ONU
    .summary = Selon le premier Protocole facultatif au PIDCP, vous pouvez adresser une plainte individuelle au Comité des droits de l'homme de l'ONU, après avoir épuisé les recours disponibles au Kazakhstan. Elle doit porter sur ce que l'État a fait, ou n'a pas fait, après l'entrée en vigueur du Protocole pour le Kazakhstan.
    .keywords = plainte à l'ONU, Nations unies, communication individuelle, Protocole facultatif, pétition ONU, recours international, épuisement des recours, violation des droits, dernier recours, comité ONU, HCDH, Genève, justice internationale, perdu à la Cour suprême, se plaindre hors du pays, organe des traités
    .unverified = Non confirmé : la date d'entrée en vigueur du Protocole facultatif pour le Kazakhstan. Le Kazakhstan l'a ratifié par une loi du 11 février 2009 ; selon le Protocole, il s'applique trois mois après qu'un État a déposé sa ratification, et nous n'avons pas trouvé cette date.
    .body =
        ## De quoi s'agit-il
        Le Kazakhstan a adhéré au premier Protocole facultatif au Pacte international relatif aux droits civils et politiques (loi n° 130-IV du 11 février 2009). Grâce à lui, une personne peut adresser une **plainte individuelle** au Comité des droits de l'homme de l'ONU. La plainte dit que l'État a violé un droit du Pacte.

        ## Les conditions principales
        - La plainte est **écrite**. Elle ne peut pas être anonyme (Protocole facultatif, art. 2 et 3).
        - Vous devez d'abord épuiser **tous les recours disponibles au Kazakhstan**, par exemple les recours contre les décisions, les plaintes et les tribunaux (art. 2 et art. 5, par. 2, al. b). Cette règle ne s'applique pas quand ces recours durent de façon déraisonnable.
        - La même affaire ne doit pas être déjà examinée dans une autre procédure internationale (art. 5, par. 2, al. a).
        - La plainte peut porter seulement sur ce que l'État a fait, ou n'a pas fait, **après** l'entrée en vigueur du Protocole pour le Kazakhstan : ses actes, ses décisions et ses manquements. Le Kazakhstan a fait cette déclaration quand il a ratifié le Protocole (loi n° 130-IV). La date exacte d'entrée en vigueur du Protocole pour le Kazakhstan n'est pas confirmée.

        ## Ce qui se passe ensuite
        Le Comité examine la plainte. Il envoie ses constatations à l'État et à la personne qui s'est plainte (art. 5, par. 4).

        En 2016, le Comité s'est inquiété du travail forcé et des abus subis au travail par les travailleurs migrants au Kazakhstan, comme les conditions mauvaises et dangereuses, les salaires payés en retard et le retrait de leurs papiers d'identité.

        > [!WARNING]
        > Une plainte à l'ONU vient après les recours au Kazakhstan, pas à leur place. Ne manquez pas les délais au Kazakhstan.

        ## Que faire maintenant
        1. Gardez chaque papier de votre affaire au Kazakhstan : décisions, recours, récépissés et jugements.
        2. Faites vos recours à temps : voir [contester une amende](article:kz-appeal-fine) et [se plaindre au parquet](article:kz-prosecutor-complaint).
        3. Si tous les recours au Kazakhstan ont échoué, demandez à un avocat ou à une organisation d'aide juridique de vous aider pour une plainte à l'ONU : voir [l'aide juridique](article:kz-legal-aid).
