import { Link } from 'react-router';
import type { LinkProps } from '@liaise/web-ui';

/** Renders the UI components' links with react-router, so moving between pages keeps the app loaded. */
export function RouterLink({ href, ref, ...props }: LinkProps) {
  return <Link to={href} ref={ref} {...props} />;
}
