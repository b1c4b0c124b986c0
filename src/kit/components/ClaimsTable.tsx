// Every claim against every report (states, differs or silent), from the claims data, sortable by
// claim or by how many reports agree. On a phone the table scrolls inside its own labelled region.
//   <ClaimsTable />
import { useState } from 'react';
import { CLAIMS } from '../../stories/four-floors/claims.ts';
import { getSource } from '../../stories/four-floors/sources/reports.ts';
import type { Stance } from '../content/types.ts';
import { SOURCE_IDS, agreementCount, discrepancyAnchor, sortClaims, stanceOf, type ClaimOrder } from '../evidence/evidence.ts';
import { ChoiceButtons } from './ChoiceButtons.tsx';

const ORDERS: { value: ClaimOrder; label: string }[] = [
  { value: 'story', label: 'Story order' },
  { value: 'claim', label: 'Claim, A to Z' },
  { value: 'agreement', label: 'Most reports agreeing' },
];

const STANCE_WORDS: Record<Stance, string> = { states: 'States', differs: 'Differs', silent: 'Silent' };

export function ClaimsTable() {
  const [order, setOrder] = useState<ClaimOrder>('story');
  const claims = sortClaims(CLAIMS, order);
  return (
    <div className="claims" data-claims-table>
      <div className="claims__sorting">
        <span className="claims__sort-label" aria-hidden="true">
          Sort:
        </span>
        <ChoiceButtons label="Sort the claims" options={ORDERS} value={order} onChange={setOrder} block="claims__sort" dataName="sort" />
      </div>
      <div className="claims__scroller" role="region" aria-labelledby="claims-caption" tabIndex={0}>
        <table className="claims__table" data-order={order}>
          <caption id="claims-caption" className="claims__caption">
            {CLAIMS.length} claims the story rests on, and what each report says
          </caption>
          <thead>
            <tr>
              <th scope="col" aria-sort={order === 'claim' ? 'ascending' : undefined}>
                Claim
              </th>
              {SOURCE_IDS.map((source) => (
                <th key={source} scope="col" className="claims__report" title={getSource(source).label}>
                  <span className="claims__report-word">Report </span>
                  {source}
                </th>
              ))}
              <th scope="col" className="claims__count" aria-sort={order === 'agreement' ? 'descending' : undefined}>
                Agree
              </th>
            </tr>
          </thead>
          <tbody>
            {claims.map((claim) => (
              <tr key={claim.id} data-claim={claim.id}>
                <th scope="row" className="claims__statement">
                  {claim.statement}
                </th>
                {SOURCE_IDS.map((source) => {
                  const stance = stanceOf(claim, source);
                  const hasLink = stance === 'differs' && claim.discrepancyId;
                  return (
                    <td key={source} className={`claims__cell claims__cell--${stance}`} data-stance={stance}>
                      <span className="claims__mark" aria-hidden="true" />
                      {hasLink ? <a href={`#${discrepancyAnchor(claim.discrepancyId ?? '')}`}>{STANCE_WORDS[stance]}</a> : STANCE_WORDS[stance]}
                    </td>
                  );
                })}
                <td className="claims__count">
                  {agreementCount(claim)}
                  <span className="claims__of"> of {SOURCE_IDS.length}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
