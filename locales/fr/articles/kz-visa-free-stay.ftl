article-kz-visa-free-stay =
    .title = Séjour sans visa : 30 jours par entrée, 90 jours sur 180
    .summary = Sans visa, vous pouvez en général rester jusqu'à 30 jours par entrée et 90 jours sur toute période de 180 jours ; les citoyens des pays de l'UEE peuvent rester 90 jours sur 180.
    .unverified = Pas encore confirmé : la durée de séjour des citoyens du Kirghizistan selon l'accord bilatéral (les sources parlent de 90 ou de 180 jours), et le texte complet de l'article 517 du Code des infractions administratives (parties 1 et 2, et les sanctions pour un dépassement de plus de 5 jours).
    .body =
        ## La règle de base
        Si vous venez au Kazakhstan sans visa, vous pouvez rester :

        - jusqu'à **30 jours** pour chaque entrée, et
        - jusqu'à **90 jours** au total sur toute période de **180 jours**.

        Cette règle s'applique depuis le 27 janvier 2023. Sortir et revenir tout de suite (« visa run ») ne remet plus le compteur à zéro. Les citoyens de l'Ouzbékistan et du Tadjikistan suivent cette règle 30/90/180.

        ## Citoyens des pays de l'UEE
        Les citoyens de Russie, du Kirghizistan, de Biélorussie et d'Arménie (Union économique eurasiatique) peuvent rester **90 jours sur toute période de 180 jours**.

        Le Kirghizistan a aussi un accord bilatéral avec le Kazakhstan. Selon une source : 30 jours sans enregistrement, puis jusqu'à 90 jours, avec prolongation possible. Une autre source parle de 180 jours. Ce n'est pas confirmé.

        ## Qui n'est pas concerné
        Ces limites ne s'appliquent pas aux personnes qui ont un permis de séjour ou un visa.

        ## Travail ou études
        Pour rester plus de 30 jours afin de travailler ou d'étudier, il faut un permis de séjour temporaire.

        > [!WARNING]
        > Partez à temps. Selon l'article 517, partie 3, du Code des infractions administratives, un dépassement de 3 jours au plus entraîne un avertissement. Un dépassement de 3 à 5 jours entraîne une amende de **10 MRP**. Les règles pour un dépassement plus long ne sont pas encore confirmées : ne prenez pas le risque.

        ## Que faire maintenant
        1. Comptez vos jours. Notez chaque date d'entrée au Kazakhstan et de sortie.
        2. Vérifiez que votre hôte a déclaré votre séjour : voir [la déclaration par l'hôte](article:kz-host-notification).
        3. Si vous devez rester plus longtemps pour travailler ou étudier, renseignez-vous sur le permis de séjour temporaire bien avant d'avoir épuisé vos jours de séjour autorisés.

        Voir aussi [payer une amende](article:kz-paying-fines) et [l'expulsion](article:kz-expulsion).
