import { createContext, useContext, type AnchorHTMLAttributes, type ComponentType, type ReactNode, type Ref } from 'react';

export type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & {
  readonly href: string;
  readonly ref?: Ref<HTMLAnchorElement>;
};

/** How the components render a link inside the service. */
export type LinkComponent = ComponentType<LinkProps>;

function PlainLink({ ref, ...props }: LinkProps) {
  return <a ref={ref} {...props} />;
}

const LinkContext = createContext<LinkComponent>(PlainLink);

/**
 * Lets the app render the components' links with its router (client-side navigation) while the components
 * themselves know nothing of routing. Without a provider they render plain `<a>` elements.
 */
export function LinkProvider({ component, children }: { component: LinkComponent; children: ReactNode }) {
  return <LinkContext value={component}>{children}</LinkContext>;
}

/** A link to a page of the service, rendered by the provided link component. */
export function ServiceLink(props: LinkProps) {
  const Link = useContext(LinkContext);
  return <Link {...props} />;
}
