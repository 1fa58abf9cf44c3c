// Cascaded sun shadows (ShadowFit.cs): a sharp near map and a wider far one side by side in one depth atlas.
// Included by the lit fragment shaders after they declare uSunDir.
uniform mat4 uShadowViewProj[2];  // world to each cascade's clip space (orthographic: w = 1)
uniform vec4 uShadowAtlas[2];     // xy scale, zw offset: a cascade's 0..1 square to its place in the atlas
uniform vec2 uShadowTexel;        // metres per texel of the near and the far cascade
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

// Sun visibility 0..1 at a world position with geometric normal n. The lookup point is pushed along the normal by
// a share of the cascade's texel that grows with the slope to the sun (slope-scaled normal offset: no acne on
// faces turned away from the light, and little enough on faces toward it that feet still touch their shadows).
// The near cascade serves while the point lies inside its map; across its outer band the far cascade takes over,
// chosen per pixel against a fixed screen-space threshold pattern (a dithered blend: one set of taps per pixel,
// and no seam), and the far map fades to lit toward its own edge.
float sunShadow(vec3 world, vec3 n)
{
#ifndef SUN_SHADOW
    return 1.0;
#else
    float nl = clamp(dot(n, uSunDir), 0.0, 1.0);
    float push = 0.6 + 1.8 * sqrt(1.0 - nl * nl);
    vec3 c0 = (uShadowViewProj[0] * vec4(world + n * (uShadowTexel.x * push), 1.0)).xyz;
    vec3 c1 = (uShadowViewProj[1] * vec4(world + n * (uShadowTexel.y * push), 1.0)).xyz;
    float blend = smoothstep(0.8, 0.95, max(abs(c0.x), abs(c0.y)));
    // Interleaved gradient noise (Jimenez 2014): a fixed threshold per pixel, so a still frame stays still.
    float threshold = fract(52.9829189 * fract(dot(gl_FragCoord.xy, vec2(0.06711056, 0.00583715))));
    bool far = blend > threshold;
    float s = shadowTaps(far ? c1 : c0, far ? uShadowAtlas[1] : uShadowAtlas[0], far ? 1.0 : 1.6);
    float edge = far ? max(abs(c1.x), abs(c1.y)) : 0.0;
    return mix(s, 1.0, smoothstep(0.85, 1.0, edge));
#endif
}
