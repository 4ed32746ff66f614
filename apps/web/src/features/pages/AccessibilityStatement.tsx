import { usePageTitle } from '../../lib/page-title';

/** Tilgængelighedserklæring, as the web accessibility act (lov om tilgængelighed af offentlige organers websteder) asks. */
export function AccessibilityStatement() {
  usePageTitle('Tilgængelighedserklæring');
  return (
    <article className="text-width">
      <h1>Tilgængelighedserklæring</h1>
      <p className="font-lead">
        Vejviser skal kunne bruges af alle – med mus, tastatur alene, skærmlæser og forstørrelse, på telefon og på computer.
      </p>
      <h2>Hvor tilgængelig er Vejviser?</h2>
      <p>
        Vejviser er bygget efter de internationale retningslinjer WCAG 2.1 på niveau AA, som loven om tilgængelighed af offentlige organers
        websteder og mobilapplikationer kræver. Siderne bruger Det Fælles Designsystem, som er udviklet til at leve op til kravene.
      </p>
      <h2>Sådan tjekker vi det</h2>
      <ul>
        <li>
          Hver side kontrolleres automatisk med axe-core for fejl mod WCAG 2.1 AA, både i telefon- og computerbredde, hver gang koden
          ændres.
        </li>
        <li>De vigtigste forløb – at finde nummeret at ringe til, søge og logge ind – afprøves med tastatur alene.</li>
        <li>Siderne kan forstørres til 200 % uden at indhold forsvinder.</li>
      </ul>
      <h2>Kendte begrænsninger</h2>
      <p>
        GraphQL-udforskeren til udviklere (/graphql) er et teknisk værktøj og lever ikke fuldt op til kravene. Alt, hvad fagpersoner og
        borgere skal bruge, findes på de almindelige sider.
      </p>
      <h2>Oplever du problemer?</h2>
      <p>
        Skriv til den organisation, der driver jeres Vejviser, og beskriv siden og problemet. Du kan også klage til
        Digitaliseringsstyrelsen, som fører tilsyn med tilgængelighed på offentlige websteder.
      </p>
    </article>
  );
}
