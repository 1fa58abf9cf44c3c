namespace Kinora.Render;

/// <summary>Makes the renderer for a set of options.</summary>
public static class RendererFactory
{
    /// <summary>
    /// Creates an OpenGL 4.5 renderer on a headless EGL context. The context is current on the calling thread:
    /// call Submit, Flush and Dispose from this same thread. Throws RendererUnavailableException when EGL or
    /// OpenGL 4.5 cannot be had, with what to install.
    /// </summary>
    public static IRenderer Create(RenderOptions options, FrameSink sink)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(sink);
        options.Validate();
        return new GlRenderer(options, sink);
    }
}
