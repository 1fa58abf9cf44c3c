// Cascaded sun shadows (ShadowFit.cs): a sharp near map and a wider far one side by side in one depth atlas.
// Included by the lit fragment shaders after they declare uSunDir.
in vec3 vShadow0;                 // the fragment in the near and the far cascade (cascades_vertex.glsl)
in vec3 vShadow1;
uniform vec4 uShadowAtlas[2];     // xy scale, zw offset: a cascade's 0..1 square to its place in the atlas
uniform vec2 uShadowAtlasTexel;   // 1 / the atlas's size in texels
uniform sampler2DShadow uShadowMap;

// Four bilinear comparison taps (16 depth tests) in a rotated square, spread texels apart: a soft penumbra.
float shadowTaps(vec3 c, vec4 atlas, float spread)
{
    vec2 uv = (c.xy * 0.5 + 0.5) * atlas.xy + atlas.zw;
    vec2 t = uShadowAtlasTexel * spread;
    float s = texture(uShadowMap, vec3(uv + vec2(0.9, 0.35) * t, c.z));
    s += texture(uShadowMap, vec3(uv + vec2(-0.35, 0.9) * t, c.z));
    s += texture(uShadowMap, vec3(uv + vec2(-0.9, -0.35) * t, c.z));
    s += texture(uShadowMap, vec3(uv + vec2(0.35, -0.9) * t, c.z));
    return c.z >= 1.0 ? 1.0 : s * 0.25;
}

// Sun visibility 0..1 for this fragment (the arguments are the lookup's old inputs, kept for the callers; the
// offset position in each cascade comes from the vertex shader). The near cascade serves while the fragment lies
// inside its map; across its outer band the far cascade takes over, chosen per pixel against a fixed screen-space
// threshold pattern (a dithered blend: one set of taps per pixel, and no seam), and the far map fades to lit toward
// its own edge.
float sunShadow(vec3 world, vec3 n)
{
#ifndef SUN_SHADOW
    return 1.0;
#else
    float blend = smoothstep(0.8, 0.95, max(abs(vShadow0.x), abs(vShadow0.y)));
    // Interleaved gradient noise (Jimenez 2014): a fixed threshold per pixel, so a still frame stays still.
    float threshold = fract(52.9829189 * fract(dot(gl_FragCoord.xy, vec2(0.06711056, 0.00583715))));
    bool far = blend > threshold;
    float s = shadowTaps(far ? vShadow1 : vShadow0, far ? uShadowAtlas[1] : uShadowAtlas[0], far ? 1.0 : 1.6);
    float edge = far ? max(abs(vShadow1.x), abs(vShadow1.y)) : 0.0;
    return mix(s, 1.0, smoothstep(0.85, 1.0, edge));
#endif
}
