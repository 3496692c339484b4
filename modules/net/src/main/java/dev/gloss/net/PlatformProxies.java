package dev.gloss.net;

import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;

/**
 * The platform's proxy settings, asked at each connection: the desktop installs its own
 * {@link ProxySelector#setDefault default} (the NetBeans platform's, from Tools ▸ Options or the
 * system) after the client may have been made, and the CLI runs with
 * {@code java.net.useSystemProxies}, so the default is looked up every time, not once.
 */
final class PlatformProxies extends ProxySelector {
    @Override
    public List<Proxy> select(URI uri) {
        ProxySelector d = ProxySelector.getDefault();
        return d == null || d == this ? List.of(Proxy.NO_PROXY) : d.select(uri);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        ProxySelector d = ProxySelector.getDefault();
        if (d != null && d != this) {
            d.connectFailed(uri, sa, ioe);
        }
    }
}
