// A server render in Node: importing the package here defines nothing and throws nothing.
import 'integration-widgets';

// The page carries the tags as they are; the browser upgrades them when the module runs there.
export const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>A page rendered on the server</title>
    <script type="module" src="/integration-widgets/integration-widgets.js"></script>
  </head>
  <body>
    <iw-practice-card practice="startwien-vienna"></iw-practice-card>
  </body>
</html>
`;
