article-kz-freedom-of-movement =
    .title = Liberté de circulation et obligation d'enregistrement
    .summary = Vous pouvez circuler et choisir où vivre au Kazakhstan, mais vous devez quand même enregistrer votre adresse.
    .keywords = libre circulation, propiska, changer de ville, habiter une autre ville, déménager, droit de circuler, se déplacer, liberté de mouvement, vivre où je veux, amende pour déménagement, zones fermées aux étrangers, quitter ma ville, changer de résidence, liberté d'aller et venir
    .unverified = Une nouvelle Constitution est en vigueur depuis le 1er juillet 2026. Nous n'avons pas trouvé son article sur la liberté de circulation : quel article de la nouvelle Constitution protège ce droit, et en quels termes, n'est donc pas confirmé. L'article 21 de la Constitution de 1995, qui donnait ce droit, ne s'applique plus.
    .body =
        ## Une histoire vraie
        En 2007, un homme venu du Mali, qui avait la résidence permanente au Kazakhstan, a reçu une amende de 100 dollars américains. La raison : il vivait et travaillait à Astana au lieu d'Almaty. Son avocat disait que les résidents permanents circulent librement, comme les citoyens. La police des migrations disait que les étrangers doivent s'enregistrer « rigoureusement ».

        Les deux avaient en partie raison. La loi vous donne deux choses différentes.

        ## Votre droit : circuler et choisir où vivre
        - Les étrangers peuvent circuler dans les zones ouvertes aux étrangers et choisir où vivre, selon la procédure fixée par la loi (loi « Sur le statut juridique des étrangers », art. 16).
        - Le Kazakhstan a ratifié le PIDCP. Son article 12 donne le même droit à toute personne qui se trouve légalement dans le pays. Ce droit ne peut être limité que par la loi, seulement quand c'est nécessaire pour protéger la sécurité nationale, l'ordre public, la santé ou la moralité publiques, ou les droits et libertés d'autrui, et seulement d'une façon compatible avec les autres droits du Pacte.
        - La Constitution de 1995 (art. 21) donnait aussi ce droit à toute personne qui se trouvait légalement au Kazakhstan, « sauf dans les cas prévus par la loi ». Une nouvelle Constitution est en vigueur depuis le 1er juillet 2026. Nous n'avons pas vérifié lequel de ses articles donne maintenant ce droit.

        ## Votre obligation : vous enregistrer
        L'enregistrement est une obligation distincte. Les règles d'enregistrement disent que la police enregistre les étrangers qui vivent de façon permanente au Kazakhstan à leur lieu de résidence et aussi à leur lieu de séjour temporaire. Si vous êtes ici pour un court séjour, votre hôte doit prévenir la police, et vous devrez peut-être aussi vous enregistrer vous-même : voir [enregistrer votre adresse](article:kz-address-registration).

        L'article 51 de la loi « Sur la migration de la population », qu'on cite parfois sur ce point, concerne les migrants internes : les personnes qui se déplacent d'un endroit à un autre à l'intérieur du Kazakhstan.

        > [!WARNING]
        > Votre droit de circuler ne vous dispense pas de l'enregistrement. Quand vous déménagez, enregistrez votre nouvelle adresse. Les résidents permanents doivent le faire aussi.

        ## Que faire maintenant
        - Avant de déménager, lisez [enregistrer votre adresse](article:kz-address-registration).
        - Gardez tous les reçus de frais et d'amendes. Dans l'histoire ci-dessus, l'homme disait avoir payé l'amende, mais la police disait n'en avoir aucune trace.
        - Si vous recevez une amende, vous pouvez la contester : voir [contester une amende](article:kz-appeal-fine).
        - Pour en savoir plus sur la règle internationale, lisez [la liberté de circulation en droit international](article:intl-freedom-of-movement).
