article-intl-freedom-of-movement =
    .title = La liberté de circulation en droit international
    .summary = Le Pacte international relatif aux droits civils et politiques, ratifié par le Kazakhstan, protège le droit de toute personne se trouvant légalement dans le pays de circuler librement et de choisir où vivre.
    .keywords = libre circulation, circuler librement, droit de voyager, se déplacer, choisir son domicile, PIDCP, restrictions de circulation, voyager dans le pays, liberté d'aller et venir, interdit de voyager, interdit de quitter la ville, vivre où je veux, bloqué dans une ville, zone interdite
    .body =
        ## Le Pacte
        Le Kazakhstan a ratifié le Pacte international relatif aux droits civils et politiques (PIDCP) par la loi n° 91 du 28 novembre 2005. Il est en vigueur depuis 2006.

        - **Article 12, paragraphe 1 :** toute personne se trouvant légalement sur le territoire d'un État peut y circuler librement et y choisir où vivre.
        - **Article 12, paragraphe 3 :** ces droits ne peuvent être restreints que par des restrictions prévues par la loi, nécessaires pour protéger la sécurité nationale, l'ordre public, la santé ou la moralité publiques, ou les droits et libertés d'autrui, et compatibles avec les autres droits du Pacte.

        > [!WARNING]
        > La liberté de circulation ne supprime pas l'obligation de s'enregistrer. La loi du Kazakhstan exige l'enregistrement au lieu de résidence et de séjour temporaire. Enregistrez-vous toujours : voir [l'enregistrement de l'adresse](article:kz-address-registration).

        ## Plaintes au Comité des droits de l'homme de l'ONU
        Le Kazakhstan a aussi adhéré au premier Protocole facultatif au PIDCP (loi n° 130-IV du 11 février 2009). Grâce à lui, une personne peut adresser une plainte individuelle au Comité des droits de l'homme de l'ONU. Le Kazakhstan ne l'a accepté que pour ce que l'État a fait, ou n'a pas fait, après l'entrée en vigueur du Protocole pour lui. Voir [les plaintes à l'ONU](article:intl-un-complaints).

        En 2016, le Comité s'est inquiété du travail forcé de travailleurs migrants au Kazakhstan, par exemple dans le tabac, le coton et la construction, et des abus au travail comme les conditions mauvaises et dangereuses, les salaires payés en retard et le retrait de leurs papiers d'identité. Il s'agissait d'abus au travail, pas de la liberté de circulation.

        ## Que faire maintenant
        1. Connaissez d'abord vos droits selon la loi kazakhe : lisez [la liberté de circulation au Kazakhstan](article:kz-freedom-of-movement).
        2. Gardez votre enregistrement et vos permis en règle.
        3. Si un organe de l'État restreint vos droits, plaignez-vous par écrit : voir comment [déposer une demande écrite](article:kz-written-appeal).
        4. Une plainte à l'ONU est une procédure formelle. Demandez l'aide d'un avocat ou d'une organisation d'aide juridique.
