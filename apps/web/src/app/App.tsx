import { Route, Switch } from 'wouter';
import { Layout } from './Layout';
import { NotFoundPage } from './NotFoundPage';
import { ROUTES } from './routes';

export function App() {
  return (
    <Layout>
      <Switch>
        {ROUTES.map(({ path, page }) => (
          <Route key={path} path={path} component={page} />
        ))}
        <Route component={NotFoundPage} />
      </Switch>
    </Layout>
  );
}
