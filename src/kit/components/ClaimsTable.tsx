// Every claim against every report (states, differs or silent), from the claims data, sortable by
// claim or by how many reports agree. On a phone the table scrolls inside its own labelled region.
//   <ClaimsTable />
import { useState } from 'react';
import { fillIn } from '../content/interfaceWords.ts';
import { agreementCount, discrepancyAnchor, sortClaims, stanceOf, type ClaimOrder } from '../evidence/evidence.ts';
import { useEvidence } from '../hooks/useEvidence.ts';
import { useStory } from '../hooks/useStory.ts';
import { ChoiceButtons } from './ChoiceButtons.tsx';

const ORDERS: readonly ClaimOrder[] = ['story', 'claim', 'agreement'];

export function ClaimsTable() {
  const { story } = useStory();
  const { ui, reports } = story;
  const words = ui.claimsTable;
  const [order, setOrder] = useState<ClaimOrder>('story');
  const evidence = useEvidence();
  const claims = sortClaims(evidence.claims, order, story.meta.lang);
  const orders = ORDERS.map((value) => ({ value, label: words.orders[value] }));
  return (
    <div className="claims" data-claims-table>
      <div className="claims__sorting">
        <span className="claims__sort-label" aria-hidden="true">
          {words.sortLabel}
        </span>
        <ChoiceButtons label={words.sortGroup} options={orders} value={order} onChange={setOrder} block="claims__sort" dataName="sort" />
      </div>
      <div className="claims__scroller" role="region" aria-labelledby="claims-caption" tabIndex={0}>
        <table className="claims__table" data-order={order}>
          <caption id="claims-caption" className="claims__caption">
            {fillIn(words.caption, { count: evidence.claims.length })}
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={order === 'claim' ? 'ascending' : undefined}>
                {words.claimColumn}
              </th>
              {reports.map((report) => (
                <th key={report.id} scope="col" className="claims__report" title={report.label}>
                  <span className="claims__report-word">{`${words.reportWord} `}</span>
                  {report.id}
                </th>
              ))}
              <th scope="col" className="claims__count" aria-sort={order === 'agreement' ? 'descending' : undefined}>
                {words.agreeColumn}
              </th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} data-claim={claim.id}>
                <th scope="row" className="claims__statement">
                  {claim.statement}
                </th>
                {reports.map(({ id: report }) => {
                  const stance = stanceOf(claim, report);
                  const hasLink = stance === 'differs' && claim.discrepancyId;
                  return (
                    <td key={report} className={`claims__cell claims__cell--${stance}`} data-stance={stance}>
                      <span className="claims__mark" aria-hidden="true" />
                      {hasLink ? <a href={`#${discrepancyAnchor(claim.discrepancyId ?? '')}`}>{ui.stanceCells[stance]}</a> : ui.stanceCells[stance]}
                    </td>
                  );
                })}
                <td className="claims__count">
                  {agreementCount(claim)}
                  <span className="claims__of">{` ${fillIn(words.agreeOf, { count: reports.length })}`}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
