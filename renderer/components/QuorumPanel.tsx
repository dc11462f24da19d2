import type { BodyRules } from '../../shared/model';
import { rulesWeighPopulation } from '../../shared/rules';
import type { QuorumResult } from '../../shared/rules/types';
import { formatInteger, formatPercent } from '../../shared/phrasing';

/** Always visible: present/total, population share (only when the rules weigh it), the rule, holds or not, what is missing. */
export function QuorumPanel({ quorum, rules, inRoom, remote }: { quorum: QuorumResult; rules: BodyRules; inRoom: number; remote: number }) {
  return (
    <section className={`quorum ${quorum.holds ? 'quorum--ok' : 'quorum--ko'}`} aria-labelledby="quorum-h" data-testid="quorum-panel">
      <h2 id="quorum-h">Quorum</h2>
      <p className="quorum__verdict" aria-live="polite">
        {quorum.holds ? 'Seduta valida' : 'Quorum non raggiunto'}
      </p>
      <dl className="quorum__figures">
        <div>
          <dt>Presenti</dt>
          <dd data-testid="quorum-heads">
            {quorum.headsPresent} su {quorum.headsTotal}
            {quorum.headsRequired !== null && <span className="muted"> (ne servono {quorum.headsRequired})</span>}
          </dd>
        </div>
        <div>
          <dt>In aula / da remoto</dt>
          <dd>
            {inRoom} / {remote}
          </dd>
        </div>
        {rulesWeighPopulation(rules) && (
          <div>
            <dt>Popolazione</dt>
            <dd>
              {formatPercent(quorum.populationPercent)}{' '}
              <span className="muted">
                ({formatInteger(quorum.populationPresent)} su {formatInteger(quorum.populationTotal)})
              </span>
            </dd>
          </div>
        )}
      </dl>
      <p className="quorum__rule">Regola: {quorum.ruleText}</p>
      {quorum.missing.length > 0 && (
        <ul className="quorum__missing">
          {quorum.missing.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
