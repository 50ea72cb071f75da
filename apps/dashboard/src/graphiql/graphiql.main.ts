/** Entry of the /graphiql page. */
import './explorer.css';
import { Explorer } from './explorer';

const host = document.getElementById('explorer');
if (host) new Explorer(host);
