article-kz-freedom-of-movement =
    .title = Liberté de circulation et obligation d'enregistrement
    .summary = Vous pouvez circuler et choisir où vivre au Kazakhstan, mais vous devez quand même enregistrer votre adresse.
    .unverified = Le numéro de l'article de la Constitution (art. 21) a pu changer après une réforme constitutionnelle. Ce n'est pas encore confirmé.
    .body =
        ## Une histoire vraie
        En 2007, un homme venu du Mali, qui avait la résidence permanente au Kazakhstan, a reçu une amende de 100 dollars américains. La raison : il vivait et travaillait à Astana au lieu d'Almaty. Son avocat disait que les résidents permanents circulent librement, comme les citoyens. La police des migrations disait que les étrangers doivent s'enregistrer « rigoureusement ».

        Les deux avaient en partie raison. La loi vous donne deux choses différentes.

        ## Votre droit : circuler et choisir où vivre
        - Toute personne qui se trouve légalement au Kazakhstan peut circuler librement et choisir son lieu de résidence, « sauf dans les cas prévus par la loi » (Constitution, art. 21).
        - Les étrangers peuvent circuler dans les zones ouvertes aux étrangers et choisir leur lieu de résidence, selon la procédure fixée par la loi (loi « Sur le statut juridique des étrangers », art. 16).
        - Le Kazakhstan a ratifié le Pacte international relatif aux droits civils et politiques. Son article 12 donne le même droit. Il ne peut être limité que par la loi et seulement si c'est nécessaire.

        ## Votre obligation : vous enregistrer
        La loi « Sur la migration de la population » (art. 51) donne la même liberté. Le même article dit que vous devez vous enregistrer à votre lieu de résidence et de séjour temporaire.

        > [!WARNING]
        > Votre droit de circuler ne vous dispense pas de l'enregistrement. Quand vous déménagez, enregistrez votre nouvelle adresse. Les résidents permanents doivent le faire aussi.

        ## Que faire maintenant
        - Avant de déménager, lisez [enregistrer votre adresse](article:kz-address-registration).
        - Gardez tous les reçus de frais et d'amendes. Dans cette histoire, l'homme disait avoir payé l'amende, mais la police disait n'en avoir aucune trace.
        - Si vous recevez une amende, vous pouvez la contester : voir [contester une amende](article:kz-appeal-fine).
        - Pour la règle internationale, lisez [la liberté de circulation en droit international](article:intl-freedom-of-movement).
